# Input: `jfr print` of events with a duration and a stack (jdk.SocketRead, jdk.ThreadPark, ...).
# Output: total milliseconds and count per "first library frame <- first io.surge frame" (JDBC calls named by the
# driver's API method, Hikari's borrow, Redisson, Kafka, Spring, ...).
function flush() { if (started) { total[key] += dur; count[key]++ } }
/^jdk\./ { flush(); started = 1; key = "?"; dur = 0; lib = ""; ours = ""; next }
/^ *duration = / {
  d = $3; u = $4
  if (u == "s") d *= 1000; else if (u == "us") d /= 1000; else if (u == "ns") d /= 1e6; else if (u == "min") d *= 60000
  dur = d
}
/line:|\$\$SpringCGLIB/ {
  f = $1
  if (lib == "" && f ~ /^(org\.mariadb\.jdbc\.(Connection|ClientPreparedStatement|ServerPreparedStatement|Statement|BasePreparedStatement)\.|com\.zaxxer\.hikari\.(pool\.HikariPool|util\.ConcurrentBag)|org\.redisson\.|org\.apache\.kafka\.|org\.springframework\.modulith\.|org\.apache\.tomcat\.|io\.surge\.)/) lib = f
  if (ours == "" && f ~ /^io\.surge/ && f !~ /CGLIB/) ours = f
  key = lib " <- " ours
}
END { flush(); for (k in total) printf "%9.0f ms %7d  %s\n", total[k], count[k], k }
