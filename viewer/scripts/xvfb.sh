# Sourced by scripts/test and the viewer scripts. `start_xvfb` starts Xvfb (1280x720) on a free
# display, exports DISPLAY, sets XVFB_PID (the caller stops it by PID) and returns once the
# server answers (bounded polling; no fixed sleep decides the outcome).
start_xvfb() {
    local display=":$((90 + RANDOM % 9))"
    Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY="$display"
    for _ in $(seq 100); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
    xdotool getdisplaygeometry >/dev/null
}
