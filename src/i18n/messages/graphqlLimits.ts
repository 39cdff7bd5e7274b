import { defineMessages } from '../defineMessages'

/** Why a GraphQL query was refused before it ran. Numbers are already written out ("unbounded" and all). */
export const graphqlLimitMessages = defineMessages({
  vi: {
    fragmentCycle: (fragment: string) => `Truy vấn bị từ chối: fragment "${fragment}" tự lồng vào chính nó nên sẽ không bao giờ kết thúc.`,
    tooCostly: (cost: string, limit: number) =>
      `Truy vấn bị từ chối: chi phí ${cost}, vượt giới hạn ${limit}. Mỗi trường và alias đều được tính, trường có trường con tính 10; hãy hỏi ít hơn hoặc chia nhỏ truy vấn.`,
    fragmentsTooDeep: (depth: string, limit: number) => `Truy vấn bị từ chối: các fragment lồng nhau ${depth} tầng, vượt giới hạn ${limit}.`,
    tooDeep: (depth: number, limit: number) => `Truy vấn bị từ chối: các trường lồng nhau ${depth} tầng, vượt giới hạn ${limit}.`,
    unbounded: 'không giới hạn',
    invalidJson: 'Nội dung gửi lên không phải JSON hợp lệ: hãy gửi một đối tượng như {"query":"{ Articles { docs { id } } }"}.',
    tooMany: 'quá nhiều',
  },
  en: {
    fragmentCycle: (fragment: string) => `The query is refused: fragment "${fragment}" spreads itself, so it would never end.`,
    tooCostly: (cost: string, limit: number) =>
      `The query is refused: its cost is ${cost}, above the limit of ${limit}. Every field and alias counts, and fields with sub-fields count 10; ask for less or split the query.`,
    fragmentsTooDeep: (depth: string, limit: number) =>
      `The query is refused: its fragments spread inside one another ${depth} deep, above the limit of ${limit}.`,
    tooDeep: (depth: number, limit: number) => `The query is refused: it nests ${depth} fields deep, above the limit of ${limit}.`,
    invalidJson: 'The body is not valid JSON: send an object such as {"query":"{ Articles { docs { id } } }"}.',
    unbounded: 'unbounded',
    tooMany: 'too many',
  },
})
