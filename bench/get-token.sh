#!/bin/sh
# Prints a new personal API token for USER (default admin) on BASE (default http://localhost:38080), by signing in
# through the login form and creating a token on /konto, as a person would.
BASE=${1:-http://localhost:38080}; USER=${2:-admin}; PASS=${3:?password}
J=$(mktemp); trap 'rm -f $J' EXIT
csrf() { curl -s -b $J -c $J "$BASE$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
curl -s -b $J -c $J -o /dev/null --data-urlencode "username=$USER" --data-urlencode "password=$PASS" \
  --data-urlencode "_csrf=$(csrf /login)" "$BASE/login"
curl -s -b $J -c $J --data-urlencode "name=bench-$(date +%s)" --data-urlencode "_csrf=$(csrf /konto)" "$BASE/konto/nycklar" \
  | grep -o '<code[^>]*>[^<]*</code>' | sed 's/<[^>]*>//g' | head -1
