#!/usr/bin/env bash
# Runs COMMAND subject to file permissions even as root (CI runs as root, which reads anything):
# drops the capabilities that bypass them. As another user it runs COMMAND as it is.
# usage: bash without-root-override.sh COMMAND [ARG...]
if [ "$(id -u)" = 0 ]; then
  exec setpriv --bounding-set=-dac_override,-dac_read_search -- "$@"
fi
exec "$@"
