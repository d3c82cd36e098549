package discordtest

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"strconv"
	"time"
)

// Signer signs interaction requests exactly as Discord does: an Ed25519
// signature over the timestamp followed by the body, in the
// X-Signature-Ed25519 and X-Signature-Timestamp headers.
type Signer struct {
	public  ed25519.PublicKey
	private ed25519.PrivateKey
}

// NewSigner generates a fresh key pair.
func NewSigner() (*Signer, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	return &Signer{public: pub, private: priv}, nil
}

// PublicKey is the hex public key, as the Developer Portal shows it.
func (s *Signer) PublicKey() string { return hex.EncodeToString(s.public) }

// Sign sets the signature headers of r for body, signed at ts.
func (s *Signer) Sign(r *http.Request, body []byte, ts time.Time) {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(s.private, append([]byte(stamp), body...))
	r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	r.Header.Set("X-Signature-Timestamp", stamp)
}

// Request builds a signed POST of body to url.
func (s *Signer) Request(url string, body []byte, ts time.Time) *http.Request {
	r, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		panic(err) // only a malformed url, a bug in the test
	}
	r.Header.Set("Content-Type", "application/json")
	s.Sign(r, body, ts)
	return r
}
