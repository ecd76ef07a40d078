#!/bin/sh
# The token keys for several instances, with OpenSSL and coreutils only.
#
#   jwt-keys.sh new KID                 writes KID.pem, a new RSA private key (2048 bits)
#   jwt-keys.sh jwks KID.pem [...]      prints a JWKS with the public key of each KID.pem, kid = file name
#
# The Secret workshop-hub-jwt holds signing-key.pem (the current private key), key-id (its KID) and
# verification-keys.jwks (the current public key and, during a rotation, the previous one): README.md.
set -eu

jwk() {
    pem=$1
    kid=$(basename "$pem" .pem)
    exponent=$(openssl pkey -in "$pem" -noout -text | sed -n 's/^publicExponent: \([0-9]*\).*/\1/p')
    [ "$exponent" = 65537 ] || { echo "$pem: public exponent $exponent, expected 65537" >&2; exit 1; }
    n=$(openssl rsa -in "$pem" -noout -modulus | sed 's/^Modulus=//' | basenc --base16 -d | basenc --base64url -w0 | tr -d '=')
    printf '{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","e":"AQAB","n":"%s"}' "$kid" "$n"
}

case "${1:-}" in
    new)
        [ $# -eq 2 ] || { echo "usage: $0 new KID" >&2; exit 2; }
        umask 077
        openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$2.pem"
        echo "wrote $2.pem" >&2
        ;;
    jwks)
        shift
        [ $# -ge 1 ] || { echo "usage: $0 jwks KID.pem [KID.pem ...]" >&2; exit 2; }
        printf '{"keys":['
        separator=
        for pem in "$@"; do
            printf '%s' "$separator"
            jwk "$pem"
            separator=,
        done
        printf ']}\n'
        ;;
    *)
        sed -n '2,9p' "$0" >&2
        exit 2
        ;;
esac
