package plan

import (
	"fmt"
	"strings"
	"time"
)

// The built-in plans, transcribed from the published plan table. Response
// times run on the customer's business hours, except Platinum Severity 1,
// whose 2 hours run on the wall clock (24x7x365). "Within 1 business day"
// uses the SameTime rule.
//
//	            Gold                 Platinum
//	Severity 1  4h business hours    2h 24x7x365
//	Severity 2  8h business hours    4h business hours
//	Severity 3  1 business day       8h business hours
//	Severity 4  1 business day       1 business day
//
// Both include upgrades (major, minor, maintenance), phone and website
// support, and unlimited requests.
//
// These variables are for reading. Lookup and Catalog hand out fresh
// copies of the built-in plans, unaffected by any change to these
// variables.
var (
	Gold     = gold()
	Platinum = platinum()
)

func gold() Plan {
	return Plan{
		Name: "Gold",
		Targets: [NumLevels]Target{
			{Clock: BusinessHours, Duration: 4 * time.Hour},
			{Clock: BusinessHours, Duration: 8 * time.Hour},
			{Clock: BusinessHours, BusinessDays: 1, DayRule: SameTime},
			{Clock: BusinessHours, BusinessDays: 1, DayRule: SameTime},
		},
		Upgrades:     true,
		PhoneSupport: true,
		WebSupport:   true,
		MaxRequests:  0, // unlimited
	}
}

func platinum() Plan {
	return Plan{
		Name: "Platinum",
		Targets: [NumLevels]Target{
			{Clock: WallClock, Duration: 2 * time.Hour},
			{Clock: BusinessHours, Duration: 4 * time.Hour},
			{Clock: BusinessHours, Duration: 8 * time.Hour},
			{Clock: BusinessHours, BusinessDays: 1, DayRule: SameTime},
		},
		Upgrades:     true,
		PhoneSupport: true,
		WebSupport:   true,
		MaxRequests:  0, // unlimited
	}
}

// builtins returns fresh copies of the built-in plans, in catalog order.
func builtins() []Plan { return []Plan{gold(), platinum()} }

// Lookup returns the built-in plan of that name, matched case-insensitively
// and ignoring surrounding white space: "gold", "Platinum", " GOLD ". It is
// an error wrapping ErrUnknownPlan, listing the valid names, when there is
// none. The Plan returned is a copy; changing it changes nothing else.
func Lookup(name string) (Plan, error) {
	var c *Catalog
	return c.Lookup(name)
}

// A Catalog holds the built-in plans and a team's own, and finds them by
// name. A Catalog is immutable once built and safe for concurrent use. A nil
// *Catalog, like the zero Catalog, holds only the built-in plans.
type Catalog struct {
	plans []Plan // the added plans; the built-ins are not stored
}

// NewCatalog returns a catalog of the built-in plans and the given ones,
// typically the result of Load. Every plan must be valid and every name
// unique, case-insensitively, among the built-ins and the others; otherwise
// NewCatalog returns a *FieldError (wrapping ErrInvalidPlan) whose Where is
// the plan's position in plans ("plans[2]"). The catalog keeps its own copy
// of the plans.
func NewCatalog(plans ...Plan) (*Catalog, error) {
	seen := make(map[string]string) // folded name → where it was first seen
	for _, b := range builtins() {
		seen[strings.ToLower(b.Name)] = "built-in plan " + quoteCut(b.Name)
	}
	for i, p := range plans {
		where := fmt.Sprintf("plans[%d]", i)
		if fe := p.check(); fe != nil {
			fe.Where = where
			return nil, fe
		}
		key := strings.ToLower(p.Name)
		if first, dup := seen[key]; dup {
			return nil, &FieldError{Where: where, Plan: p.Name, Field: "name", Value: quoteCut(p.Name), Reason: "duplicate of " + first}
		}
		seen[key] = where + " " + quoteCut(p.Name)
	}
	return &Catalog{plans: append([]Plan(nil), plans...)}, nil
}

// Lookup returns the plan of that name, matched case-insensitively and
// ignoring surrounding white space. It is an error wrapping ErrUnknownPlan,
// listing the valid names, when there is none. The Plan returned is a copy.
func (c *Catalog) Lookup(name string) (Plan, error) {
	want := strings.TrimSpace(name)
	for _, p := range c.all() {
		if strings.EqualFold(p.Name, want) {
			return p, nil
		}
	}
	return Plan{}, fmt.Errorf("%w %s: valid plans are %s", ErrUnknownPlan, quoteCut(name), strings.Join(c.Names(), ", "))
}

// Names returns the names of the catalog's plans: the built-ins first, then
// the added plans in the order given to NewCatalog.
func (c *Catalog) Names() []string {
	all := c.all()
	names := make([]string, len(all))
	for i, p := range all {
		names[i] = p.Name
	}
	return names
}

// all returns fresh copies of every plan in the catalog.
func (c *Catalog) all() []Plan {
	all := builtins()
	if c != nil {
		all = append(all, c.plans...)
	}
	return all
}
