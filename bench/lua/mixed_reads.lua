-- Not a scenario: warms the JVM up (JIT) before anything is measured, with the read paths every scenario shares
-- (Tomcat, Spring MVC, Jackson, jOOQ, the MariaDB driver). Args: first, count (products).
package.path = "bench/lua/?.lua;" .. package.path
require "common"
function init_scenario(p) first = tonumber(p.first); count = tonumber(p.count) end
request = function()
  local r = math.random(1, 3)
  if r == 1 then return wrk.format("GET", "/actuator/info") end
  if r == 2 then return wrk.format("GET", "/actuator/health/liveness") end
  return wrk.format("GET", "/api/v1/products/" .. (first + math.random(0, count - 1)))
end
