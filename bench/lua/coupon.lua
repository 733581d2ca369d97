-- Scenario 5: the coupon rush. Users base..base+range-1 each ask once, in order, interleaved with repeats:
-- every `repeat_every`-th request comes from a user who already asked (args: coupon, base, range, repeat_every,
-- tokens[, tokens_first]; each request carries its user's bearer token).
-- Once the distinct users are used up, every request is a repeat. The userId of every 201 is kept, so the
-- harness can check that each accepted user has a durable row.
package.path = "bench/lua/?.lua;" .. package.path
require "common"
function init_scenario(p)
  body = '{"couponId":' .. p.coupon .. '}'
  base = tonumber(p.base); range = tonumber(p.range); repeat_every = tonumber(p.repeat_every or "10")
  distinct_asked = 0; n = 0
  per_thread = math.floor(range / nthreads)
  load_tokens(p.tokens, p.tokens_first or base, base, range)
end
request = function()
  n = n + 1
  local user
  if (n % repeat_every == 0 or distinct_asked >= per_thread) and distinct_asked > 0 then
    user = base + thread_index + nthreads * math.random(0, distinct_asked - 1)
  else
    user = base + thread_index + nthreads * distinct_asked
    distinct_asked = distinct_asked + 1
  end
  return json_post("/api/v1/users/" .. user .. "/coupons", body, bearer(user))
end
function on_response(status, body)
  if status == 201 then
    keep(body:match('"userId":(%d+)') or "?")
  end
end
