# Shared by the bench scripts: a virtual display and a median. Source it, then call
# `start_xvfb DEFAULT_NUMBER` (BENCH_DISPLAY overrides the number).

# Starts Xvfb at 1920x1080 on :BENCH_DISPLAY (else :$1), stops it on exit, and points
# DISPLAY and a private XDG_RUNTIME_DIR at it.
start_xvfb() {
  local display=":${BENCH_DISPLAY:-$1}"
  Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
  export DISPLAY="$display"
  export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
  chmod 700 "$XDG_RUNTIME_DIR"
}

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
