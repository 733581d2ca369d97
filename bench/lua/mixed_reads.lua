-- Not a scenario: warms the JVM up (JIT) before anything is measured, with the read paths every scenario shares
-- (Tomcat, Spring MVC, Jackson, jOOQ, the MariaDB driver, the bearer token check). Args: first, count (products),
-- token (sent to /actuator/info, which is not public; the product reads and the liveness probe go without one).
package.path = "bench/lua/?.lua;" .. package.path
require "common"
function init_scenario(p)
  first = tonumber(p.first); count = tonumber(p.count)
  info_headers = p.token and { ["Authorization"] = "Bearer " .. p.token } or {}
end
request = function()
  local r = math.random(1, 3)
  if r == 1 then return wrk.format("GET", "/actuator/info", info_headers) end
  if r == 2 then return wrk.format("GET", "/actuator/health/liveness") end
  return wrk.format("GET", "/api/v1/products/" .. (first + math.random(0, count - 1)))
end
