-- Scenario 4: point charges, each request a different user (args: base, range, amount, tokens[, tokens_first]),
-- each with its own user's bearer token. The entryId of every 200 is kept.
package.path = "bench/lua/?.lua;" .. package.path
require "common"
function init_scenario(p)
  base = tonumber(p.base); range = tonumber(p.range)
  body = '{"amount":' .. (p.amount or "1") .. '}'
  load_tokens(p.tokens, p.tokens_first or base, base, range)
end
request = function()
  local user = next_id(base, range)
  return json_post("/api/v1/users/" .. user .. "/points/charges", body, bearer(user))
end
function on_response(status, body)
  if status == 200 then keep(body:match('"entryId":(%d+)') or "?") end
end
