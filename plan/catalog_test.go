package plan

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCatalog(t *testing.T) {
	loaded, err := Load(strings.NewReader(silverDoc))
	require.NoError(t, err)
	c, err := NewCatalog(loaded...)
	require.NoError(t, err)
	assert.Equal(t, []string{"Gold", "Platinum", "Silver", "Acme contract"}, c.Names())

	tests := []struct {
		in, want string
	}{
		{"silver", "Silver"},
		{"ACME CONTRACT", "Acme contract"},
		{"gold", "Gold"},
		{" Platinum ", "Platinum"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := c.Lookup(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.Name, "Lookup(%q): got %q, want %q", tc.in, got.Name, tc.want)
		})
	}

	_, err = c.Lookup("bronze")
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrUnknownPlan)
	assert.Equal(t, `plan: unknown plan "bronze": valid plans are Gold, Platinum, Silver, Acme contract`, err.Error())
}

func TestCatalogZeroAndNil(t *testing.T) {
	var nilCatalog *Catalog
	for name, c := range map[string]*Catalog{"nil": nilCatalog, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, []string{"Gold", "Platinum"}, c.Names())
			p, err := c.Lookup("gold")
			require.NoError(t, err)
			assert.Equal(t, Gold, p)
		})
	}
}

func TestNewCatalogErrors(t *testing.T) {
	silver := Gold
	silver.Name = "Silver"
	tests := []struct {
		name  string
		plans []Plan
		want  string
	}{
		{"shadows a built-in", []Plan{func() Plan { p := Platinum; p.Name = "GOLD"; return p }()},
			`plan: plans[0] "GOLD": name: "GOLD": duplicate of built-in plan "Gold"`},
		{"duplicate", []Plan{silver, silver},
			`plan: plans[1] "Silver": name: "Silver": duplicate of plans[0] "Silver"`},
		{"invalid", []Plan{silver, {Name: "Empty"}},
			`plan: plans[1] "Empty": targets["1"]: no target: set business_hours, wall_clock or business_days`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := NewCatalog(tc.plans...)
			require.Error(t, err)
			assert.Nil(t, c)
			assert.ErrorIs(t, err, ErrInvalidPlan)
			assert.Equal(t, tc.want, err.Error())
		})
	}
}

func TestCatalogKeepsItsOwnCopy(t *testing.T) {
	silver := Gold
	silver.Name = "Silver"
	plans := []Plan{silver}
	c, err := NewCatalog(plans...)
	require.NoError(t, err)

	plans[0].Targets[0].Duration = time.Minute // the caller's slice
	got, err := c.Lookup("silver")
	require.NoError(t, err)
	assert.Equal(t, 4*time.Hour, got.Targets[0].Duration, "after changing the slice given to NewCatalog")

	got.Targets[0].Duration = time.Minute // the returned copy
	again, err := c.Lookup("silver")
	require.NoError(t, err)
	assert.Equal(t, 4*time.Hour, again.Targets[0].Duration, "after changing a looked-up plan")
}

func TestCatalogConcurrentLookup(t *testing.T) {
	silver := Gold
	silver.Name = "Silver"
	c, err := NewCatalog(silver)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				p, err := c.Lookup("silver")
				if err != nil || p.Name != "Silver" {
					t.Errorf("Lookup: got %q, %v", p.Name, err)
					return
				}
				p.Targets[0].Duration = time.Minute
			}
		}()
	}
	wg.Wait()
}
