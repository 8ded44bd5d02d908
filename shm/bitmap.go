package shm

import "math/bits"

// bitmap is a bit set over units, living in shared memory. It is only read
// or written under the buffer lock, so plain loads and stores are enough:
// the lock's atomic operations order them across processes.
type bitmap []uint64

func (m bitmap) get(i uint64) bool { return m[i/64]&(1<<(i%64)) != 0 }
func (m bitmap) set(i uint64)      { m[i/64] |= 1 << (i % 64) }
func (m bitmap) clear(i uint64)    { m[i/64] &^= 1 << (i % 64) }

// mask returns the bits [lo, hi) of one word, 0 <= lo < hi <= 64.
func mask(lo, hi uint64) uint64 {
	if hi-lo == 64 {
		return ^uint64(0)
	}
	return ((1 << (hi - lo)) - 1) << lo
}

// setRange sets bits [i, i+n) in ascending order (repair relies on a
// half-done setRange leaving a set prefix).
func (m bitmap) setRange(i, n uint64) {
	for end := i + n; i < end; {
		w, lo := i/64, i%64
		hi := min(uint64(64), lo+(end-i))
		m[w] |= mask(lo, hi)
		i += hi - lo
	}
}

// clearRange clears bits [i, i+n) in ascending order.
func (m bitmap) clearRange(i, n uint64) {
	for end := i + n; i < end; {
		w, lo := i/64, i%64
		hi := min(uint64(64), lo+(end-i))
		m[w] &^= mask(lo, hi)
		i += hi - lo
	}
}

// nextSet returns the first set bit in [from, limit), or limit.
func (m bitmap) nextSet(from, limit uint64) uint64 {
	return m.next(from, limit, 0)
}

// nextClear returns the first clear bit in [from, limit), or limit.
func (m bitmap) nextClear(from, limit uint64) uint64 {
	return m.next(from, limit, ^uint64(0))
}

// next scans whole words: flip turns "looking for clear bits" into
// "looking for set bits".
func (m bitmap) next(from, limit, flip uint64) uint64 {
	if from >= limit {
		return limit
	}
	w := from / 64
	if x := (m[w] ^ flip) >> (from % 64); x != 0 {
		return min(from+uint64(bits.TrailingZeros64(x)), limit)
	}
	for w++; w*64 < limit; w++ {
		if x := m[w] ^ flip; x != 0 {
			return min(w*64+uint64(bits.TrailingZeros64(x)), limit)
		}
	}
	return limit
}

// count returns the number of set bits in [0, n).
func (m bitmap) count(n uint64) uint64 {
	var c int
	for w := uint64(0); w*64 < n; w++ {
		x := m[w]
		if rest := n - w*64; rest < 64 {
			x &= mask(0, rest)
		}
		c += bits.OnesCount64(x)
	}
	return uint64(c)
}
