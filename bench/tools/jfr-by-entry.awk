# Input: `jfr print --events jdk.ExecutionSample --stack-depth N` (leaf frame first). Output: CPU samples by the
# entry point that caused the work: the web or event adapter of ours (a controller, a saga listener), else
# Modulith's bookkeeping of a publication (marking it processing, completed or failed, each in its own
# transaction around the listener), else the Kafka externalizer or producer thread, else the thread's root frame.
function flush() {
  if (!n) return
  e = adapter != "" ? adapter : bookkeeping != "" ? bookkeeping : other != "" ? other : (root != "" ? "other: " root : "other")
  count[e]++
}
/^jdk\.ExecutionSample/ { flush(); n++; adapter = ""; bookkeeping = ""; other = ""; root = ""; next }
/line:|\$\$SpringCGLIB/ {
  f = $1
  sub(/\(.*/, "", f)
  if (f ~ /^io\.surge\.[a-z]+\.adapter\.in\./) adapter = f
  else if (f ~ /CompletionRegisteringMethodInterceptor\.registerStateTransition$/ || f ~ /DefaultEventPublicationRegistry.*\.(markCompleted|markProcessing|markFailed)$/) bookkeeping = "modulith: publication bookkeeping (mark processing / completed, own transactions)"
  else if (f ~ /^org\.springframework\.modulith\.events\.support\.(DelegatingEventExternalizer|EventExternalizationSupport)\.externalize$/) other = "modulith: Kafka externalizer (send)"
  else if (f ~ /^org\.apache\.kafka\.clients\.producer\.internals\.Sender\.run$/) other = "kafka producer I/O thread"
  else if (f ~ /^io\.surge\.shared\.outbox\./ || f ~ /DefaultEventPublicationRegistry.*\.(processIncompletePublications|processFailedPublications|markStalePublicationsFailed)$/) other = "outbox resubmission / staleness check"
  else if (f ~ /^org\.springframework\.modulith\.events\.core\.DefaultEventPublicationRegistry.*\.store$/ && other == "") other = "modulith: storing publications"
  if (f !~ /^(java\.lang\.(Thread|VirtualThread)\.run|java\.util\.concurrent\.ForkJoinWorkerThread\.run|jdk\.internal\.vm\.Continuation\.(enter|enter0))$/) root = f
}
END {
  flush()
  printf "%6d 100.0%%  (all CPU samples)\n", n
  for (e in count) printf "%6d %5.1f%%  %s\n", count[e], 100 * count[e] / n, e
}
