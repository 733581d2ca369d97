-- Scenario 4: point charges, each request a different user (args: base, range, amount). The entryId of every
-- 200 is kept.
package.path = "bench/lua/?.lua;" .. package.path
require "common"
function init_scenario(p)
  base = tonumber(p.base); range = tonumber(p.range)
  body = '{"amount":' .. (p.amount or "1") .. '}'
end
request = function() return json_post("/api/v1/users/" .. next_id(base, range) .. "/points/charges", body) end
function on_response(status, body)
  if status == 200 then keep(body:match('"entryId":(%d+)') or "?") end
end
