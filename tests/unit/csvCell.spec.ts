import { describe, expect, it } from 'vitest'

import { csvCell } from '@/platform/csv/csvCell'

describe('csvCell', () => {
  it('quotes every cell and doubles the quotes inside it', () => {
    expect(csvCell('Cục An toàn thông tin')).toBe('"Cục An toàn thông tin"')
    expect(csvCell('Báo "VietNamNet", Hà Nội\r\ndòng 2')).toBe('"Báo ""VietNamNet"", Hà Nội\r\ndòng 2"')
    expect(csvCell(12)).toBe('"12"')
    expect(csvCell(null)).toBe('""')
  })

  it('keeps a would-be formula as text, also behind a leading tab or carriage return', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("http://evil","x")`)).toBe(`"'${start}HYPERLINK(""http://evil"",""x"")"`)
    }
  })
})
