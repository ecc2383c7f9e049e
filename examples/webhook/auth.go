package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// signatureHeader carries the request's signature when the service has a
// secret: "sha256=" and the hex HMAC-SHA256 of the raw body under the
// secret, as GitHub-style webhooks sign their deliveries.
const signatureHeader = "X-Signature-256"

const signaturePrefix = "sha256="

// maxSecretBytes bounds the secret file; an HMAC key longer than the hash's
// block is hashed first anyway.
const maxSecretBytes = 4 << 10

// readSecret reads the secret of -secret-file: the file's contents without
// the line end an editor leaves after them. An empty secret is an error, as
// it would authenticate anyone.
func readSecret(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("-secret-file: %w", err)
	}
	defer f.Close()
	buf, err := io.ReadAll(io.LimitReader(f, maxSecretBytes+1))
	if err != nil {
		return nil, fmt.Errorf("-secret-file %s: %w", name, err)
	}
	if len(buf) > maxSecretBytes {
		return nil, fmt.Errorf("-secret-file %s: longer than %d bytes", name, maxSecretBytes)
	}
	secret := bytes.TrimRight(buf, "\r\n")
	if len(secret) < 16 {
		return nil, fmt.Errorf("-secret-file %s: %d bytes: want a secret of at least 16 bytes", name, len(secret))
	}
	return secret, nil
}

var (
	errNoSignature  = errors.New("missing or malformed " + signatureHeader + " header: want sha256=<hex HMAC-SHA256 of the request body>")
	errBadSignature = errors.New(signatureHeader + " does not match the request body")
)

// parseSignature reads the header's value: "sha256=" and 64 hex digits
// (either case).
func parseSignature(h string) ([]byte, error) {
	hexSum, ok := strings.CutPrefix(strings.TrimSpace(h), signaturePrefix)
	if !ok || len(hexSum) != 2*sha256.Size {
		return nil, errNoSignature
	}
	sum, err := hex.DecodeString(hexSum)
	if err != nil {
		return nil, errNoSignature
	}
	return sum, nil
}

// checkSignature reports whether sum is the HMAC-SHA256 of body under
// secret. The comparison takes the same time wherever the two differ, so
// that timing does not reveal how much of a forged signature is right.
func checkSignature(secret, body, sum []byte) error {
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), sum) {
		return errBadSignature
	}
	return nil
}
