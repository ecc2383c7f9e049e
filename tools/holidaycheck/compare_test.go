package main

import (
	"testing"

	"github.com/slaclock/slaclock/calendar"
)

func TestWeekdays(t *testing.T) {
	tests := []struct {
		name        string
		from, to    int
		want        int
		first, last string
	}{
		// 2024 starts on a Monday and ends on a Tuesday: 52 weeks and 2 days.
		{name: "2024", from: 2024, to: 2024, want: 262, first: "2024-01-01", last: "2024-12-31"},
		// 2022 starts on a Saturday and ends on a Saturday.
		{name: "2022", from: 2022, to: 2022, want: 260, first: "2022-01-03", last: "2022-12-30"},
		{name: "2020-2035", from: 2020, to: 2035, want: 4174, first: "2020-01-01", last: "2035-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := weekdays(tt.from, tt.to)
			if len(got) != tt.want {
				t.Fatalf("len = %d, want %d", len(got), tt.want)
			}
			if f, l := got[0].String(), got[len(got)-1].String(); f != tt.first || l != tt.last {
				t.Errorf("first, last = %s, %s, want %s, %s", f, l, tt.first, tt.last)
			}
		})
	}
}

func TestCompareRegion(t *testing.T) {
	days := []civil{{2024, 5, 1}, {2024, 5, 2}, {2024, 5, 3}, {2024, 5, 6}}
	src := func(closed ...string) regionData {
		rd := regionData{Closed: map[string][]string{}}
		for _, d := range closed {
			rd.Closed[d] = []string{"holiday"}
		}
		return rd
	}
	ours := src("2024-05-01", "2024-05-02")
	dh := src("2024-05-01", "2024-05-03")
	wa := src("2024-05-01", "2024-05-03", "2024-05-06")

	row := compareRegion(calendar.RegionInfo{Code: "XX"}, days, ours, dh, wa)
	// 05-01 all closed; 05-02 we alone close (disputed); 05-03 both datasets
	// close, we do not (disputed); 05-06 only workalendar closes.
	if row.DH.Agree != 2 || row.WA.Agree != 1 {
		t.Errorf("agree dh, wa = %d, %d, want 2, 1", row.DH.Agree, row.WA.Agree)
	}
	if row.Both == nil || *row.Both != 3 || *row.Disputed != 2 {
		t.Fatalf("both, disputed = %s, %s, want 3, 2", count(row.Both), count(row.Disputed))
	}
	var got []string
	for _, d := range row.Differences {
		got = append(got, d.Date+" "+d.Ours.String()+" "+d.DH.String()+" "+d.WA.String())
	}
	want := []string{
		"2024-05-02 closed open open",
		"2024-05-03 open closed closed",
		"2024-05-06 open open closed",
	}
	if len(got) != len(want) {
		t.Fatalf("differences = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("difference %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestCompareRegionMissing(t *testing.T) {
	days := []civil{{2024, 5, 1}, {2024, 5, 2}}
	ours := regionData{Closed: map[string][]string{"2024-05-01": {"a"}}}
	dh := regionData{Missing: "no such country"}
	wa := regionData{Closed: map[string][]string{"2024-05-02": {"b"}}}

	row := compareRegion(calendar.RegionInfo{Code: "XX"}, days, ours, dh, wa)
	if row.Both != nil || row.Disputed != nil {
		t.Errorf("both, disputed = %s, %s, want -, -", count(row.Both), count(row.Disputed))
	}
	var tot total
	tot.add(row)
	if tot.DHWeekdays != 0 || tot.WAWeekdays != 2 || len(tot.DHMissing) != 1 {
		t.Errorf("total = %+v, want dh left out and 2 workalendar weekdays", tot)
	}
}

func TestParseDataset(t *testing.T) {
	out := []byte(`{"dataset":"workalendar","version":"17.0.0"}
{"code":"GB","source":"x","closed":{"2024-01-01":["New year"]},"warnings":[]}
{"code":"MW","missing":"none"}
`)
	set, err := parseDataset("workalendar", out)
	if err != nil {
		t.Fatal(err)
	}
	if set.Version != "17.0.0" || len(set.Regions) != 2 || set.Regions["MW"].Missing != "none" {
		t.Errorf("got %+v, want version 17.0.0 and regions GB, MW", set)
	}
	if _, err := parseDataset("date-holidays", out); err == nil {
		t.Error("a dataset named otherwise parsed without error")
	}
}
