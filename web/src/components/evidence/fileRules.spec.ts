import { describe, expect, it } from 'vitest'
import { fileProblem, formatSize, titleOf } from './fileRules'

const MB = 1024 * 1024

describe('a file of evidence is checked before it is sent', () => {
  it('takes PDF, DOCX, XLSX, JPG and PNG within the limit', () => {
    for (const name of ['a.pdf', 'b.DOCX', 'c.xlsx', 'd.jpg', 'e.jpeg', 'f.png']) {
      expect(fileProblem({ name, size: 1000 }, 20 * MB)).toBeUndefined()
    }
  })

  it('refuses other formats, naming the old Office ones', () => {
    expect(fileProblem({ name: '说明.doc', size: 10 }, 20 * MB)).toContain('另存为 docx')
    expect(fileProblem({ name: '照片.gif', size: 10 }, 20 * MB)).toContain('只接收 PDF、DOCX、XLSX、JPG、PNG')
    expect(fileProblem({ name: '无扩展名', size: 10 }, 20 * MB)).toContain('不是可接收的格式')
  })

  it('refuses a file larger than the limit, and an empty one', () => {
    expect(fileProblem({ name: '扫描件.pdf', size: 25 * MB }, 20 * MB)).toBe('“扫描件.pdf”大小为 25 MB，超过 20 MB 的上限，请压缩或拆分后再上传')
    expect(fileProblem({ name: 'a.pdf', size: 0 }, 20 * MB)).toBe('“a.pdf”是空文件')
  })

  it('refuses a file whose type the browser knows to differ from its extension', () => {
    expect(fileProblem({ name: 'a.pdf', size: 10, type: 'image/png' }, 20 * MB)).toContain('与扩展名不符')
  })

  it('lists a file under its name without the extension unless told otherwise', () => {
    expect(titleOf('绩效目标申报表.pdf')).toBe('绩效目标申报表')
    expect(formatSize(600)).toBe('600 B')
    expect(formatSize(1536)).toBe('2 KB')
    expect(formatSize(1.5 * MB)).toBe('1.5 MB')
  })
})
