import { defineMessages } from '../defineMessages'

/** Why an agency's webhook address was refused when an admin saved it. */
export const webhookAddressMessages = defineMessages({
  vi: {
    notUrl: 'Địa chỉ webhook không phải là một URL hợp lệ.',
    notHttp: 'Địa chỉ webhook phải bắt đầu bằng http:// hoặc https://.',
    hasCredentials: 'Địa chỉ webhook không được chứa tên đăng nhập hay mật khẩu; yêu cầu được xác thực bằng chữ ký.',
    unresolved: (host: string) => `Không phân giải được máy chủ webhook ${host}.`,
    privateAddress: (address: string) => `Địa chỉ webhook trỏ tới một địa chỉ nội bộ hoặc loopback (${address}); đặt WEBHOOK_ALLOW_PRIVATE=true để cho phép.`,
  },
  en: {
    notUrl: 'The webhook URL is not a valid URL.',
    notHttp: 'The webhook URL must start with http:// or https://.',
    hasCredentials: 'The webhook URL must not contain a user name or password; requests are authenticated by their signature.',
    unresolved: (host: string) => `The webhook host ${host} could not be resolved.`,
    privateAddress: (address: string) => `The webhook URL points at a private or loopback address (${address}); set WEBHOOK_ALLOW_PRIVATE=true to allow it.`,
  },
})
