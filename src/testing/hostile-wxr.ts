import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { importWordPress, readWxrFile } from "../import/wordpress.ts";
import type { TestApp } from "./harness.ts";
import type { Target } from "./hostile-seed.ts";

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/**
 * A WordPress export whose items, terms, authors and comments carry the payloads, read and imported
 * the way `outreach import wordpress FILE.xml` does it.
 */
export async function importHostileExport(t: TestApp, entities: number, pick: (field: string, max?: number) => string): Promise<Target[]> {
  const items: string[] = [];
  const terms: string[] = [];
  const targets: Target[] = [];
  for (let e = 0; e < entities; e++) {
    const at = new Date(Date.UTC(2024, 0, 1) + e * 3_600_000);
    const wp = at.toISOString().slice(0, 19).replace("T", " ");
    const category = pick("wordpress.category");
    terms.push(
      `<wp:category><wp:term_id>${500 + e}</wp:term_id><wp:category_nicename>${cdata(`wp-topic-${e}`)}</wp:category_nicename><wp:category_parent>${cdata("")}</wp:category_parent><wp:cat_name>${cdata(category)}</wp:cat_name></wp:category>`,
    );
    const comment = `<wp:comment><wp:comment_id>${e + 1}</wp:comment_id><wp:comment_author>${cdata(pick("wordpress.commentAuthor"))}</wp:comment_author><wp:comment_author_email>${cdata("")}</wp:comment_author_email><wp:comment_author_url>${cdata("javascript:__xss(0)")}</wp:comment_author_url><wp:comment_author_IP>${cdata("192.0.2.1")}</wp:comment_author_IP><wp:comment_date>${cdata(wp)}</wp:comment_date><wp:comment_date_gmt>${cdata(wp)}</wp:comment_date_gmt><wp:comment_content>${cdata(pick("wordpress.commentContent"))}</wp:comment_content><wp:comment_approved>${cdata("1")}</wp:comment_approved><wp:comment_type>${cdata("comment")}</wp:comment_type><wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>`;
    for (const type of ["post", "page"] as const) {
      const slug = `wp-${type}-${e}`;
      items.push(`
	<item>
		<title>${cdata(pick(`wordpress.${type}Title`))}</title>
		<link>https://old.example.org/${slug}/</link>
		<pubDate>${at.toUTCString().replace("GMT", "+0000")}</pubDate>
		<dc:creator>${cdata("editor")}</dc:creator>
		<guid isPermaLink="false">https://old.example.org/?p=${1000 + e * 2 + (type === "page" ? 1 : 0)}</guid>
		<description></description>
		<content:encoded>${cdata(pick(`wordpress.${type}Content`))}</content:encoded>
		<excerpt:encoded>${cdata(pick(`wordpress.${type}Excerpt`))}</excerpt:encoded>
		<wp:post_id>${1000 + e * 2 + (type === "page" ? 1 : 0)}</wp:post_id>
		<wp:post_date>${cdata(wp)}</wp:post_date>
		<wp:post_date_gmt>${cdata(wp)}</wp:post_date_gmt>
		<wp:post_modified>${cdata(wp)}</wp:post_modified>
		<wp:post_modified_gmt>${cdata(wp)}</wp:post_modified_gmt>
		<wp:comment_status>${cdata("open")}</wp:comment_status>
		<wp:ping_status>${cdata("open")}</wp:ping_status>
		<wp:post_name>${cdata(slug)}</wp:post_name>
		<wp:status>${cdata("publish")}</wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type>${cdata(type)}</wp:post_type>
		<wp:post_password>${cdata("")}</wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>
		${type === "post" ? `<category domain="category" nicename="wp-topic-${e}">${cdata(category)}</category>${comment}` : ""}
	</item>`);
      targets.push({ url: type === "post" ? `/en/news/${slug}` : `/en/pages/${slug}`, as: "visitor", kind: "html" });
    }
    targets.push({ url: `/en/topics/wp-topic-${e}`, as: "visitor", kind: "html" });
  }
  const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>${cdata(pick("wordpress.siteTitle"))}</title>
	<link>https://old.example.org</link>
	<description></description>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://old.example.org</wp:base_site_url>
	<wp:base_blog_url>https://old.example.org</wp:base_blog_url>
	<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata("editor")}</wp:author_login><wp:author_email>${cdata("old-editor@example.org")}</wp:author_email><wp:author_display_name>${cdata(pick("wordpress.authorName"))}</wp:author_display_name><wp:author_first_name>${cdata("")}</wp:author_first_name><wp:author_last_name>${cdata("")}</wp:author_last_name></wp:author>
	${terms.join("\n\t")}
${items.join("")}
</channel>
</rss>
`;
  const dir = mkdtempSync(path.join(os.tmpdir(), "outreach-wxr-"));
  try {
    const file = path.join(dir, "hostile.xml");
    writeFileSync(file, xml);
    const wxr = await readWxrFile(file);
    const report = await importWordPress({ db: t.services.db, clock: t.services.clock, config: t.services.config }, wxr, {
      language: "en",
    });
    void report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return targets;
}
