-- Shared by every scenario script (wrk 4.x, LuaJIT). A scenario script defines request() and may define
-- init_scenario(params) and on_response(status, body); this file counts answers by HTTP status in response() and prints, from done(),
-- a block of key=value lines that bench/run.sh keeps as the run's result:
--   requests, duration_us, rps, latency_{mean,p50,p90,p99,max}_us, status_<code>, errors_{connect,read,write,timeout},
-- A script may keep an id per answer with keep(id) (the user whose coupon was accepted, the order that was paid);
-- done() writes them, one a line, to the file named by the argument ids_file, so the harness can check each one.
-- Arguments after `--` are key=value pairs, in `params` (per thread, from init).
-- Authentication: every protected request carries its user's bearer token. run.sh mints them before the load
-- (bench/tools/Token.java, one per line, the line n for user first + n - 1); load_tokens() reads such a file once per
-- thread and bearer(user) is then a table lookup, so no token is made or formatted per request.

local threads = {}

function parse_args(args)
  local parsed = {}
  for _, a in ipairs(args or {}) do
    local k, v = a:match("^([%w_]+)=(.*)$")
    if k then parsed[k] = v end
  end
  return parsed
end

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_index", #threads - 1)
end

function init(args)
  params = parse_args(args)
  statuses = {}
  kept = {}
  ids_file = params.ids_file
  counter = 0
  nthreads = tonumber(params.threads or "2")
  math.randomseed(os.time() + 7919 * (thread_index or 0))
  if init_scenario then init_scenario(params) end
end

-- The n-th id this thread hands out, walking [base, base + range) with the threads interleaved, so no two
-- requests in flight share an id until the range wraps.
function next_id(base, range)
  local id = base + ((counter * nthreads + thread_index) % range)
  counter = counter + 1
  return id
end

-- load_tokens(file, first, base, range): the tokens of users first.. from file; fails (wrk stops at init, so the run
-- has no result and run.sh says so) unless they cover the users base..base + range - 1 the script will ask for.
function load_tokens(file, first, base, range)
  if not file then error("no tokens=<file> argument: requests to protected paths need bearer tokens") end
  first = tonumber(first)
  local f = io.open(file, "r")
  if not f then error("cannot read the token file " .. file) end
  tokens, tokens_first = {}, first
  for line in f:lines() do tokens[#tokens + 1] = "Bearer " .. line end
  f:close()
  if base < first or base + range > first + #tokens then
    error(string.format("%s holds tokens for users %d..%d, the script asks for %d..%d", file, first,
      first + #tokens - 1, base, base + range - 1))
  end
end

function bearer(user)
  return tokens[user - tokens_first + 1]
end

local post_headers = { ["Content-Type"] = "application/json" }

-- json_post(path, body[, authorization]): wrk.format copies the headers into the request string at once, so one
-- table serves every request of the thread
function json_post(path, body, authorization)
  post_headers["Authorization"] = authorization
  return wrk.format("POST", path, post_headers, body)
end

function keep(id)
  kept[#kept + 1] = id
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if on_response then on_response(status, body) end
end

function done(summary, latency, requests)
  local merged = {}
  local file = threads[1]:get("ids_file")
  local out = file and io.open(file, "w")
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("statuses")) do merged[code] = (merged[code] or 0) + n end
    if out then
      for _, id in ipairs(t:get("kept")) do out:write(id, "\n") end
    end
  end
  if out then out:close() end
  local secs = summary.duration / 1e6
  io.write("----bench-result----\n")
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("duration_us=%d\n", summary.duration))
  io.write(string.format("rps=%.1f\n", summary.requests / secs))
  io.write(string.format("latency_mean_us=%.0f\n", latency.mean))
  for _, p in ipairs({ 50, 90, 99 }) do
    io.write(string.format("latency_p%d_us=%d\n", p, latency:percentile(p)))
  end
  io.write(string.format("latency_max_us=%d\n", latency.max))
  for code, n in pairs(merged) do io.write(string.format("status_%d=%d\n", code, n)) end
  io.write(string.format("errors_connect=%d\nerrors_read=%d\nerrors_write=%d\nerrors_timeout=%d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
