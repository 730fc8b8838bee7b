#!/usr/bin/env bash
# The newest WordPress Debian has (sid's), with Twenty Twenty-Five and Twenty Twenty-Four, unpacked into a folder that
# runs on this machine's PHP: apt with its own sources list, lists and cache (the system's are
# not touched, nothing is installed), the same mirror the machine already uses, then
# `dpkg-deb -x` of each package into one root. Debian's WordPress links into its library
# packages with relative links that resolve inside that root; `cp -rL` makes one plain tree.
# Prints the tree's path on its last line. A tree already there is used as it is
# (SAFE_EXIT_WP_REFRESH=1 fetches anew). Usage: newest.sh [CACHE_DIR]
set -euo pipefail
cache=${1:-${SAFE_EXIT_WP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/safe-exit/wordpress-sid}}
tree=$cache/wordpress
if [ -f "$tree/wp-includes/version.php" ] && [ -d "$tree/wp-content/themes/twentytwentyfour" ] && [ -z "${SAFE_EXIT_WP_REFRESH:-}" ]; then
  echo "$tree"
  exit 0
fi
mkdir -p "$cache/apt/parts" "$cache/apt/lists/partial" "$cache/apt/cache/archives/partial" "$cache/debs"
# The mirror the machine's own sources use (deb822 or one-line format), else Debian's.
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n 1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; exit } }' /etc/apt/sources.list 2>/dev/null)
mirror=${mirror:-http://deb.debian.org/debian}
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror sid main" > "$cache/apt/sources.list"
apt=(apt-get -qq -o "Dir::Etc::sourcelist=$cache/apt/sources.list" -o "Dir::Etc::sourceparts=$cache/apt/parts"
  -o "Dir::State::Lists=$cache/apt/lists" -o "Dir::Cache=$cache/apt/cache" -o "Dir::State::status=/dev/null" -o APT::Sandbox::User=root)
"${apt[@]}" update
packages=(wordpress wordpress-theme-twentytwentyfive wordpress-theme-twentytwentyfour libjs-cropper libjs-jquery-ui libjs-lodash libjs-underscore libphp-phpmailer php-getid3)
(cd "$cache/debs" && rm -f ./*.deb && "${apt[@]}" download "${packages[@]/%//sid}")
root=$cache/root
rm -rf "$root" "$tree.new"
mkdir -p "$root"
for deb in "$cache/debs"/*.deb; do dpkg-deb -x "$deb" "$root"; done
# Links into /etc/wordpress (.htaccess) lead nowhere here; the tests write their own config.
find "$root/usr/share/wordpress" -xtype l -delete
cp -rL "$root/usr/share/wordpress" "$tree.new"
rm -rf "$tree" "$root"
mv "$tree.new" "$tree"
echo "$tree"
