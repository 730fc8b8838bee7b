#!/usr/bin/env bash
# Writes the WordPress plugin's translation template, wordpress/languages/safe-exit.pot, from
# its PHP sources, and merges it into the kk and ru catalogues beside it (`make wordpress-pot`).
set -euo pipefail
cd "$(dirname "$0")/../wordpress"
# shellcheck disable=SC2046
xgettext --language=PHP --from-code=UTF-8 --sort-by-file --add-comments=translators: \
  --keyword=__ --keyword=_e --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_attr__ \
  --package-name="Safe Exit" --msgid-bugs-address="" \
  --output=languages/safe-exit.pot $(find . -name '*.php' | sort)
for po in languages/safe-exit-*.po; do
  msgmerge --quiet --update --backup=none --sort-by-file "$po" languages/safe-exit.pot
done
