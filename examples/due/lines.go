package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// lineReader reads input one line at a time, for -batch and -report: a
// line longer than maxLine is read to its end and reported as too long
// instead of stopping the input, and a UTF-8 byte order mark before the
// first line (as some editors and Windows tools write it) is skipped.
type lineReader struct {
	br   *bufio.Reader
	long []byte // the line being assembled when it outgrows the buffer
	n    int    // the number of the line last returned, from 1
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the next line (with its line end, valid until the next
// call), its number, whether it was longer than maxLine (then line is
// empty), and whether it is the last. The error is about reading; it names
// the line.
func (lr *lineReader) next() (line []byte, n int, tooLong, last bool, err error) {
	lr.n++
	line, rerr := lr.br.ReadSlice('\n')
	if errors.Is(rerr, bufio.ErrBufferFull) {
		lr.long = append(lr.long[:0], line...)
		for errors.Is(rerr, bufio.ErrBufferFull) {
			line, rerr = lr.br.ReadSlice('\n')
			size := len(lr.long) + len(line)
			if rerr == nil {
				size-- // the line's end does not count
			}
			if size > maxLine {
				tooLong = true
			} else {
				lr.long = append(lr.long, line...)
			}
		}
		line = lr.long
		if tooLong {
			line = nil
		}
	}
	if rerr != nil && rerr != io.EOF {
		return nil, lr.n, false, true, fmt.Errorf("reading line %d: %w", lr.n, rerr)
	}
	if lr.n == 1 {
		line = bytes.TrimPrefix(line, utf8BOM)
	}
	return line, lr.n, tooLong, rerr == io.EOF, nil
}
