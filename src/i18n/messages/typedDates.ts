import { defineMessages } from '../defineMessages'

/** Dates typed into the admin's own forms (src/i18n/typedDates.ts): how to write them, and what a wrong one is told. */
export const typedDateMessages = defineMessages({
  vi: {
    dayHint: 'dd/mm/yyyy',
    dateTimeHint: 'dd/mm/yyyy hh:mm',
    badDay: (field: string) => `«${field}» phải là một ngày dạng dd/mm/yyyy, ví dụ 25/12/2021.`,
    badDateTime: (field: string) => `«${field}» phải là ngày giờ dạng dd/mm/yyyy hh:mm, 24 giờ, giờ Việt Nam, ví dụ 25/12/2021 14:30.`,
  },
  en: {
    dayHint: 'dd/mm/yyyy',
    dateTimeHint: 'dd/mm/yyyy hh:mm',
    badDay: (field: string) => `"${field}" must be a date written dd/mm/yyyy, such as 25/12/2021.`,
    badDateTime: (field: string) => `"${field}" must be a date and time written dd/mm/yyyy hh:mm, 24-hour, Viet Nam time, such as 25/12/2021 14:30.`,
  },
})
