-- wrk script: each request sends a new note with a fresh Idempotency-Key, as a phone would,
-- rotating over the joined delegates' tokens. Reads bench/live/.work/tokens.txt and workshop.txt.
local tokens = {}
local workshop, session
local counter = 0

function init(args)
  for line in io.lines("bench/live/.work/tokens.txt") do
    tokens[#tokens + 1] = line
  end
  local f = io.open("bench/live/.work/workshop.txt")
  workshop = f:read("*l")
  session = f:read("*l")
  f:close()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

local function uuid()
  local template = "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx"
  return (string.gsub(template, "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function request()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  local body = '{"text":"wrk note ' .. counter .. '","kind":"INSIGHT","sessionId":' .. session .. '}'
  return wrk.format("POST", "/api/workshops/" .. workshop .. "/notes", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = uuid(),
  }, body)
end

local statuses = {}
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("non2xx=%d\n", summary.errors.status))
end
