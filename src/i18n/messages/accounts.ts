import { defineMessages } from '../defineMessages'

/** Why a change to a staff account was refused. */
export const accountMessages = defineMessages({
  vi: {
    lastAdmin: 'Không xoá được tài khoản quản trị viên cuối cùng.',
    rolesAdminOnly: 'Chỉ quản trị viên mới được đổi vai trò (trường roles).',
    ownRoles: 'Không ai được tự đổi vai trò của mình; hãy nhờ một quản trị viên khác (trường roles).',
  },
  en: {
    lastAdmin: 'The last admin account cannot be deleted.',
    rolesAdminOnly: 'Only an admin may change roles (field: roles).',
    ownRoles: 'Nobody may change their own roles; ask another admin (field: roles).',
  },
})
