package main

import "testing"

func TestTriggerLayout(t *testing.T) {
	if err := triggerLayoutError(); err != nil {
		t.Fatal(err)
	}
}
