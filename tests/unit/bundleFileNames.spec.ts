import { describe, expect, it } from 'vitest'

import { safeFileName, uniqueNamer } from '@/press/bundle/safeFileName'

describe('file names inside a briefing-pack bundle', () => {
  it('turns a Vietnamese file name into ASCII words joined by hyphens, keeping the extension', () => {
    expect(safeFileName('Báo cáo tổng kết.pdf')).toBe('bao-cao-tong-ket.pdf')
    expect(safeFileName('Ảnh lớp học kỹ năng số.JPG')).toBe('anh-lop-hoc-ky-nang-so.jpg')
  })

  it('writes đ and Đ as d', () => {
    expect(safeFileName('Đề án đào tạo.docx')).toBe('de-an-dao-tao.docx')
  })

  it('treats text typed in decomposed Unicode the same way', () => {
    expect(safeFileName('Báo cáo.pdf'.normalize('NFD'))).toBe('bao-cao.pdf')
  })

  it('collapses spaces and punctuation into single hyphens', () => {
    expect(safeFileName('  Hỏi & đáp (bản 2)!!.pdf ')).toBe('hoi-dap-ban-2.pdf')
  })

  it('never lets a slash, a backslash or .. climb out of the folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd')
    expect(safeFileName('..\\..\\windows\\win.ini')).toBe('windows-win.ini')
    expect(safeFileName('tai-lieu/../bao-cao.pdf')).toBe('tai-lieu-bao-cao.pdf')
    expect(safeFileName('..')).toBe('file')
  })

  it('names a file whose name is empty or has no letters left "file", keeping its extension', () => {
    expect(safeFileName('')).toBe('file')
    expect(safeFileName('   ')).toBe('file')
    expect(safeFileName('.pdf')).toBe('file.pdf')
    expect(safeFileName('???.png')).toBe('file.png')
  })

  it('keeps a long name under 80 characters before the extension', () => {
    const name = safeFileName(`${'Hướng dẫn cha mẹ bảo vệ con trên mạng xã hội '.repeat(5)}.pdf`)
    expect(name.endsWith('.pdf')).toBe(true)
    expect(name.length).toBeLessThanOrEqual(84)
  })

  it('gives only plain ASCII letters, digits, hyphens and one dot, whatever it is given', () => {
    const inputs = ['Tờ trình số 12/QĐ-BTTTT.pdf', 'ảnh😀.webp', 'a\u0000b.gif', 'tệp.tar.gz', 'CON_ĐƯỜNG.PPTX', '\u202Egpj.exe.pdf']
    for (const input of inputs) expect(safeFileName(input)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)?$/)
  })
})

describe('de-duplicating names in a folder', () => {
  it('numbers a second and third file of the same name -2 and -3, before the extension', () => {
    const nameOf = uniqueNamer()
    expect(['anh.png', 'anh.png', 'anh.png'].map(nameOf)).toEqual(['anh.png', 'anh-2.png', 'anh-3.png'])
  })

  it('does not reuse a name that an earlier file really had', () => {
    const nameOf = uniqueNamer()
    expect(['anh-2.png', 'anh.png', 'anh.png'].map(nameOf)).toEqual(['anh-2.png', 'anh.png', 'anh-3.png'])
  })

  it('keeps reserved names such as credits.txt free', () => {
    expect(uniqueNamer(['credits.txt'])('credits.txt')).toBe('credits-2.txt')
  })

  it('treats names that differ only in case as the same file, as Windows and macOS do', () => {
    const nameOf = uniqueNamer()
    expect(['Bao-cao.pdf', 'bao-cao.pdf'].map(nameOf)).toEqual(['Bao-cao.pdf', 'bao-cao-2.pdf'])
  })

  it('numbers names without an extension too', () => {
    const nameOf = uniqueNamer()
    expect(['readme', 'readme'].map(nameOf)).toEqual(['readme', 'readme-2'])
  })
})
