-- wrk script: a random comparison per request over the benchmark table of bench/crimestats.sh (290 kommuner,
-- 2016-2024, months 1..12, the crime types in target/bench-crimestats/types.txt).
local kommuner = {}
local types = {}
for line in io.lines("target/bench-crimestats/kommuner.txt") do kommuner[#kommuner + 1] = line end
for line in io.lines("target/bench-crimestats/types.txt") do types[#types + 1] = line end
math.randomseed(42)
request = function()
  local k = kommuner[math.random(#kommuner)]
  local t = types[math.random(#types)]
  local y = 2016 + math.random(0, 8)
  local m = math.random(1, 12)
  return wrk.format("GET", "/api/v1/crime-statistics/comparison?area=" .. k .. "&crimeType=" .. t .. "&year=" .. y
    .. "&throughMonth=" .. m)
end
