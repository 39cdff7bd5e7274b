import type { ExpectedValue, RequestProblemReasons } from '@/platform/http/requestProblem'
import { defineMessages } from '../defineMessages'

type Words = {
  [K in keyof RequestProblemReasons]: (params: RequestProblemReasons[K]) => string
}

const expectedVi = (expected: ExpectedValue): string => {
  switch (expected.kind) {
    case 'id':
      return 'một mã: số nguyên từ 1 đến 2147483647'
    case 'enum':
      return `một trong: ${expected.options}`
    case 'date':
      return 'một ngày, ví dụ 2026-01-31T00:00:00Z'
    case 'number':
      return 'một số'
  }
}

const expectedEn = (expected: ExpectedValue): string => {
  switch (expected.kind) {
    case 'id':
      return 'an id: a whole number from 1 to 2147483647'
    case 'enum':
      return `one of ${expected.options}`
    case 'date':
      return 'a date such as 2026-01-31T00:00:00Z'
    case 'number':
      return 'a number'
  }
}

/**
 * Why the REST API refuses a request's id, query or body, in the client's language; the
 * error's `code` and `field` stay the same in every language for machines.
 */
export const requestCheckMessages = defineMessages<Words>({
  vi: {
    text: ({ at }) => `\`${at}\` phải là văn bản.`,
    textList: ({ at }) => `\`${at}\` phải là một danh sách văn bản.`,
    number: ({ at }) => `\`${at}\` phải là một số.`,
    boolean: ({ at }) => `\`${at}\` phải là true hoặc false.`,
    fieldsObject: ({ at }) => `\`${at}\` phải là một đối tượng gồm các trường.`,
    rows: ({ at }) => `\`${at}\` phải là một danh sách các dòng.`,
    wholeNumber: ({ name, min, max }) => `\`${name}\` phải là một số nguyên từ ${min} đến ${max}, chỉ ghi một lần.`,
    sort: () => '`sort` phải là tên các trường cách nhau bằng dấu phẩy, mỗi tên có thể có dấu - phía trước để xếp giảm dần, ví dụ -publishedAt,title.',
    select: () => '`select` phải nêu tên các trường, ví dụ select[title]=true.',
    selectName: ({ key }) => `\`select\` nêu "${key}", đây không phải tên trường.`,
    choice: ({ name, allowed }) => `\`${name}\` phải là một trong: ${allowed}, chỉ ghi một lần.`,
    json: ({ name }) => `\`${name}\` phải là JSON.`,
    operatorNeeded: ({ at, path }) => `\`${at}\` phải nêu một phép so sánh, ví dụ where[${path}][equals]=….`,
    singleValue: ({ at }) => `\`${at}\` phải là một giá trị, không phải danh sách hay đối tượng.`,
    valueKind: ({ at, expected }) => `\`${at}\` phải là ${expectedVi(expected)}.`,
    valueList: ({ at }) => `\`${at}\` phải là một danh sách giá trị.`,
    valueListKind: ({ at, expected }) => `\`${at}\` chỉ được chứa ${expectedVi(expected)}.`,
    unknownOperator: ({ operator }) =>
      `\`${operator}\` không phải phép so sánh; hãy dùng equals, not_equals, in, not_in, like, contains, exists, greater_than hoặc less_than.`,
    conditions: ({ at }) => `\`${at}\` phải là một đối tượng điều kiện, ví dụ where[title][like]=…; cũng nhận JSON.`,
    conditionList: ({ at }) => `\`${at}\` phải là một danh sách điều kiện.`,
    tooDeep: ({ max }) => `\`where\` lồng and/or quá ${max} cấp.`,
    tooMany: ({ max }) => `\`where\` có quá ${max} điều kiện.`,
    noVersions: ({ slug }) => `${slug} không lưu phiên bản.`,
    id: ({ value }) => `Mã (id) phải là số nguyên từ 1 đến 2147483647, không phải "${value}".`,
    repeated: ({ name }) => `\`${name}\` chỉ được ghi một lần, là một giá trị đơn.`,
    bodyObject: () => 'Nội dung gửi lên phải là một đối tượng JSON gồm các trường.',
    nul: ({ at }) => `\`${at}\` chứa ký tự NUL, không trường nào lưu được ký tự này.`,
    relation: ({ at, many }) =>
      `\`${at}\` phải là ${many ? 'một danh sách mã (id)' : 'mã (id)'} của mục được liên kết: số nguyên từ 1 đến 2147483647, không phải một đối tượng hay văn bản khác.`,
    polymorphicRelation: ({ at, collections, many }) =>
      `\`${at}\` phải là ${many ? 'một danh sách đối tượng' : 'một đối tượng'} { relationTo, value }, với relationTo là một trong ${collections} và value là mã (id) của mục.`,
    status: () => '`_status` phải là draft hoặc published.',
    multipart: () => 'Nội dung multipart bị hỏng (tên tệp hoặc tiêu đề trường chứa ký tự như NUL).',
  },
  en: {
    text: ({ at }) => `\`${at}\` must be text.`,
    textList: ({ at }) => `\`${at}\` must be a list of texts.`,
    number: ({ at }) => `\`${at}\` must be a number.`,
    boolean: ({ at }) => `\`${at}\` must be true or false.`,
    fieldsObject: ({ at }) => `\`${at}\` must be an object of fields.`,
    rows: ({ at }) => `\`${at}\` must be a list of rows.`,
    wholeNumber: ({ name, min, max }) => `\`${name}\` must be a whole number from ${min} to ${max}, given once.`,
    sort: () => '`sort` must be field names separated by commas, each with an optional leading - for descending, such as -publishedAt,title.',
    select: () => '`select` must name fields, such as select[title]=true.',
    selectName: ({ key }) => `\`select\` names "${key}", which is not a field name.`,
    choice: ({ name, allowed }) => `\`${name}\` must be one of ${allowed}, given once.`,
    json: ({ name }) => `\`${name}\` must be JSON.`,
    operatorNeeded: ({ at, path }) => `\`${at}\` must name an operator, such as where[${path}][equals]=….`,
    singleValue: ({ at }) => `\`${at}\` must be a single value, not a list or an object.`,
    valueKind: ({ at, expected }) => `\`${at}\` must be ${expectedEn(expected)}.`,
    valueList: ({ at }) => `\`${at}\` must be a list of values.`,
    valueListKind: ({ at, expected }) => `\`${at}\` must hold only ${expectedEn(expected)}.`,
    unknownOperator: ({ operator }) =>
      `\`${operator}\` is not a query operator; use equals, not_equals, in, not_in, like, contains, exists, greater_than or less_than.`,
    conditions: ({ at }) => `\`${at}\` must be an object of conditions, such as where[title][like]=…; JSON is accepted too.`,
    conditionList: ({ at }) => `\`${at}\` must be a list of conditions.`,
    tooDeep: ({ max }) => `\`where\` nests more than ${max} levels of and/or.`,
    tooMany: ({ max }) => `\`where\` has more than ${max} conditions.`,
    noVersions: ({ slug }) => `${slug} keeps no versions.`,
    id: ({ value }) => `The id must be a whole number from 1 to 2147483647, not "${value}".`,
    repeated: ({ name }) => `\`${name}\` must be given once, as a plain value.`,
    bodyObject: () => 'The body must be a JSON object of fields.',
    nul: ({ at }) => `\`${at}\` holds a NUL character, which no field can store.`,
    relation: ({ at, many }) =>
      `\`${at}\` must be ${many ? 'a list of ids' : 'the id'} of the linked item${many ? 's' : ''}: whole numbers from 1 to 2147483647, not objects or other text.`,
    polymorphicRelation: ({ at, collections, many }) =>
      `\`${at}\` must be ${many ? 'a list of objects' : 'an object'} { relationTo, value }, where relationTo is one of ${collections} and value is the item's id.`,
    status: () => '`_status` must be draft or published.',
    multipart: () => 'The multipart body is malformed (a file name or field header holds a character such as NUL).',
  },
})
