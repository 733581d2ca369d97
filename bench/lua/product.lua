-- Scenario 2a: a product by id, ids spread evenly over the loaded products (args: first, count).
package.path = "bench/lua/?.lua;" .. package.path
require "common"
function init_scenario(p) first = tonumber(p.first); count = tonumber(p.count) end
request = function() return wrk.format("GET", "/api/v1/products/" .. (first + math.random(0, count - 1))) end
