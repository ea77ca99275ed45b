#!/usr/bin/env bash
# Installs the Debian packages normsim needs to build, test and analyse; safe to re-run.
# As root it runs apt-get itself; otherwise it prints the exact command to run and fails.
set -euo pipefail

packages=(
  build-essential cmake git pkg-config clang-format
  clang libfuzzer-14-dev libclang-rt-14-dev   # tools/fuzz.sh
  libeigen3-dev libtbb-dev libyaml-cpp-dev libcli11-dev libhdf5-dev librandom123-dev
  libboost-dev libgtest-dev libbenchmark-dev libpagmo-dev
  libcpp-httplib-dev nlohmann-json3-dev libjs-chart.js   # normsim serve
  openmpi-bin libopenmpi-dev
  python3 python3-h5py python3-numpy python3-pandas python3-matplotlib python3-yaml
  jupyter-nbconvert python3-ipykernel
  chromium   # the report test opens a report in headless Chromium
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup: missing packages: ${missing[*]}" >&2
  echo "setup: run this as root, then re-run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
