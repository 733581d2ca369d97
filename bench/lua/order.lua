-- Scenario 6: orders by funded users walking their range (args: user_base, user_range, product_first,
-- product_count, lines, tokens[, tokens_first]; each order carries its user's bearer token). Each order has `lines`
-- (default 1) distinct products drawn at random from the range, one unit of each, in the order drawn (6c: lines=2 of
-- 10 products, so orders overlap on the rows they lock). With stop_when_sold_out=1 (the hot product) a thread stops at
-- the first INSUFFICIENT_STOCK, so the latencies describe the rush while stock lasts. The orderId of every 201 is kept.
package.path = "bench/lua/?.lua;" .. package.path
require "common"
function init_scenario(p)
  user_base = tonumber(p.user_base); user_range = tonumber(p.user_range)
  product_first = tonumber(p.product_first); product_count = tonumber(p.product_count)
  lines = math.min(tonumber(p.lines or "1"), product_count)
  stop_when_sold_out = p.stop_when_sold_out == "1"
  load_tokens(p.tokens, p.tokens_first or user_base, user_base, user_range)
end
request = function()
  local items, taken = {}, {}
  while #items < lines do
    local product = product_first + math.random(0, product_count - 1)
    if not taken[product] then
      taken[product] = true
      items[#items + 1] = '{"productId":' .. product .. ',"quantity":1}'
    end
  end
  local user = next_id(user_base, user_range)
  return json_post("/api/v1/users/" .. user .. "/orders", '{"items":[' .. table.concat(items, ",") .. ']}', bearer(user))
end
function on_response(status, body)
  if status == 201 then keep(body:match('"orderId":(%d+)') or "?") end
  if stop_when_sold_out and status == 409 and body:find("INSUFFICIENT_STOCK", 1, true) then
    wrk.thread:stop()
  end
end
