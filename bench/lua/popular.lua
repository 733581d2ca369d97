-- Scenario 3: the top 5 of the last 3 days.
package.path = "bench/lua/?.lua;" .. package.path
require "common"
request = function() return wrk.format("GET", "/api/v1/products/popular?days=3&limit=5") end
