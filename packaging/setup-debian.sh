#!/usr/bin/env bash
# Installs every build and test dependency of Relais on Debian 12 (bookworm).
# Idempotent: safe to run again; it only installs what is missing.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git
  # Qt 6.4
  # (Qt Charts' CMake package needs Qt6OpenGL's, which Debian ships in libqt6opengl6-dev)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  qtkeychain-qt6-dev
  # storage, crypto, domain libraries
  libsqlcipher-dev libsqlcipher0 libsqlite3-dev libsodium-dev libphonenumber-dev
  libcmark-dev libcurl4-openssl-dev libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  # test-only: keychain, display, database server, SMTP sink, fonts for screenshots
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth x11-apps fonts-dejavu-core
  postgresql python3-aiosmtpd
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup-debian: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "setup-debian: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
# The postgresql package starts a default cluster; the tests start their own throwaway clusters.
echo "setup-debian: done"
