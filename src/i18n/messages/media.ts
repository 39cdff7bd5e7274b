import { defineMessages } from '../defineMessages'

/** Why an upload to the media library was refused. */
export const mediaMessages = defineMessages({
  vi: {
    emptyFileName: 'Tên tệp trống sau khi bỏ phần đường dẫn và các ký tự điều khiển.',
    emptyFilenameField: '`filename` trống sau khi bỏ phần đường dẫn và các ký tự điều khiển.',
  },
  en: {
    emptyFileName: 'The file name is empty once path parts and control characters are removed.',
    emptyFilenameField: '`filename` is empty once path parts and control characters are removed.',
  },
})
