-- Scenario 1, the ceiling: the cheapest endpoint the service has. GET /actuator/info (an empty JSON object, no
-- database) measured cheaper than /actuator/health/liveness (the health group machinery costs ~2.5x the CPU);
-- args: path (default /actuator/info), token (a bearer token sent with every request: /actuator/info is not a
-- public path, so the ceiling includes checking a token, as every protected request does).
package.path = "bench/lua/?.lua;" .. package.path
require "common"
function init_scenario(p)
  path = p.path or "/actuator/info"
  headers = p.token and { ["Authorization"] = "Bearer " .. p.token } or {}
end
request = function() return wrk.format("GET", path, headers) end
