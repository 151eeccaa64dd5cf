#!/usr/bin/env bash
# `make install` into a temporary prefix (debug build, to spare a release build), then uses the
# installed binary from a folder far from the checkout: the calendars must come from inside it.
# Checks the man page and the three completion scripts too.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix=$(mktemp -d /tmp/jumelage-install-XXXXXX)
elsewhere=$(mktemp -d /tmp/jumelage-elsewhere-XXXXXX)
trap 'rm -rf "$prefix" "$elsewhere"' EXIT
make -C "$root" --no-print-directory install PREFIX="$prefix" CONFIG=debug > /dev/null
bin="$prefix/bin/jumelage"
failed=0
check() { if "$@"; then echo "ok   $desc"; else echo "FAIL $desc"; failed=$((failed + 1)); fi; }
cd "$elsewhere"
desc="installed binary lists Belgium's 2025 holidays from $elsewhere"
check bash -c "'$bin' holidays --region BE --year 2025 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert any(h[\"date\"]==\"2025-07-21\" for h in d), d'"
desc="installed binary plans a copied plan with its holidays (Namur meeting on 21 July: exit 2)"
cp "$root/Tests/Fixtures/good/namur-national-day.yaml" plan.yaml
check bash -c "'$bin' plan plan.yaml > /dev/null; test \$? -eq 2"
desc="installed binary reads the academic calendars from inside"
check bash -c "'$bin' academic --institution uqtr --year 2025/2026 > /dev/null"
desc="man page installed and readable"
check bash -c "groff -mdoc -Tutf8 -P-cbou '$prefix/share/man/man1/jumelage.1' 2>/dev/null | grep -q 'jumelage holidays'"
for shell in bash zsh fish; do
    case $shell in
        bash) file="$prefix/share/bash-completion/completions/jumelage" ;;
        zsh) file="$prefix/share/zsh/site-functions/_jumelage" ;;
        fish) file="$prefix/share/fish/vendor_completions.d/jumelage.fish" ;;
    esac
    desc="$shell completion names the subcommands"
    check bash -c "grep -q 'holidays' '$file' && grep -q 'publish' '$file'"
done
desc="bash completion script loads in bash"
check bash -c "source '$prefix/share/bash-completion/completions/jumelage' && complete -p jumelage > /dev/null"
passed=$(( 8 - failed ))
echo "install: $passed passed, $failed failed"
test "$failed" -eq 0
