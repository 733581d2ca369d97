# Input: `jfr print --events jdk.ExecutionSample --stack-depth N`. Output: for each frame of our code and a few
# telling library entry points, the number and share of CPU samples whose stack contains it ("inclusive" time).
/^jdk\.ExecutionSample/ { if (n) for (f in seen) count[f]++; delete seen; n++; next }
/line:/ {
  frame = $1
  if (frame ~ /^io\.surge\./ && frame !~ /CGLIB/ \
      || frame ~ /^org\.springframework\.modulith\.events\.(core\.DefaultEventPublicationRegistry|support\.PersistentApplicationEventMulticaster|jdbc\.JdbcEventPublicationRepositoryV2)\./ \
      || frame ~ /^org\.springframework\.transaction\.support\.AbstractPlatformTransactionManager\.(commit|getTransaction)\(/ \
      || frame ~ /^org\.springframework\.web\.servlet\.DispatcherServlet\.doDispatch\(/ \
      || frame ~ /^org\.springframework\.http\.converter\.json\./ \
      || frame ~ /^org\.jooq\.impl\.(AbstractQuery\.execute|AbstractResultQuery\.fetch|DefaultRenderContext\.visit)\(/ \
      || frame ~ /^org\.mariadb\.jdbc\.(ClientPreparedStatement\.executeInternal|Connection\.(commit|setAutoCommit))\(/ \
      || frame ~ /^com\.zaxxer\.hikari\.pool\.HikariPool\.getConnection\(/ \
      || frame ~ /^org\.apache\.kafka\.clients\.producer\.KafkaProducer\.(send|doSend)\(/ \
      || frame ~ /^org\.redisson\.command\.CommandAsyncService\.(evalWrite|get)/ \
      || frame ~ /^tools\.jackson\.databind\.ObjectMapper\.(writeValueAsString|writeValueAsBytes|readValue)\(/)
    seen[frame] = 1
}
END {
  if (n) for (f in seen) count[f]++
  printf "%6d 100.0%%  (all CPU samples)\n", n
  for (f in count) printf "%6d %5.1f%%  %s\n", count[f], 100 * count[f] / n, f
}
