package bolt

import (
	"encoding/json"
	"time"

	bbolt "go.etcd.io/bbolt"

	"github.com/certpath/certpath/advisor"
)

// PutEnvelope stores s as sessions were stored before records: the whole
// session as JSON in an envelope, saved at savedAt.
func (st *Store) PutEnvelope(s advisor.Session, savedAt time.Time) error {
	data, err := json.Marshal(envelope{SavedAt: savedAt, Session: s})
	if err != nil {
		return err
	}
	return st.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketSessions).Put([]byte(s.Key.String()), data)
	})
}

// StoredSize is how many bytes are stored for key.
func (st *Store) StoredSize(key advisor.Key) (n int) {
	_ = st.db.View(func(tx *bbolt.Tx) error {
		n = len(tx.Bucket(bucketSessions).Get([]byte(key.String())))
		return nil
	})
	return n
}
