#!/usr/bin/env bash
# Opens the desktop app on a demo profile, creating it (5,000 demo contacts) the first time.
# The passphrase of the demo profile is printed; type it in the unlock window.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
profile="${RELAIS_DEMO_PROFILE:-${XDG_DATA_HOME:-$HOME/.local/share}/Relais/demo-profile}"
export RELAIS_PASSPHRASE="${RELAIS_PASSPHRASE:-demo passphrase for relais}"
if [ ! -f "$profile/profile.json" ]; then
  "$root/build/bin/relais" --profile "$profile" --create-demo "${RELAIS_DEMO_CONTACTS:-5000}"
fi
echo "Demo profile: $profile"
echo "Passphrase:   $RELAIS_PASSPHRASE"
exec "$root/build/bin/relais" --profile "$profile"
