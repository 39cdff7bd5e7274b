import React from 'react'

/** Entry page until the public press room has content of its own: where to go next. */
export default function HomePage() {
  return (
    <main>
      <h1>Campaign Newsroom</h1>
      <p>Hệ thống biên tập truyền thông của Chương trình bảo vệ trẻ em trên môi trường mạng.</p>
      <p lang="en">The communication newsroom of the programme to protect children online.</p>
      <p>
        <a href="/admin">Vào trang quản trị / Open the newsroom admin</a>
      </p>
    </main>
  )
}
