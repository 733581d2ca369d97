-- Scenario 2b: a product page (size 20), the first page or one of the cursors the API itself returned
-- (args: cursors, comma-separated; "-" is the first page).
package.path = "bench/lua/?.lua;" .. package.path
require "common"
function init_scenario(p)
  pages = {}
  for c in (p.cursors or "-"):gmatch("[^,]+") do
    table.insert(pages, c == "-" and "/api/v1/products?size=20" or ("/api/v1/products?size=20&cursor=" .. c))
  end
end
request = function() return wrk.format("GET", pages[math.random(1, #pages)]) end
