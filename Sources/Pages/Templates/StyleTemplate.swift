/// The pages' style sheet, included in each page's `<head>` (no external file, no script).
/// Every text colour is declared with its background so that `tools/pages_check.py` can check
/// the contrast of each pair (at least 4.5:1).
enum StyleTemplate {
    static let text = """
        *, *::before, *::after { box-sizing: border-box; }
        html { font-size: 100%; -webkit-text-size-adjust: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; line-height: 1.5; color: #1b1b1b; background-color: #ffffff; }
        .skip { position: absolute; left: -999em; top: 0; padding: 0.5rem 1rem; color: #ffffff; background-color: #0b3d66; }
        .skip:focus { left: 0.5rem; z-index: 10; }
        header.site { color: #ffffff; background-color: #0b3d66; padding: 0.75rem 1rem; }
        header.site .brand { margin: 0; font-weight: 700; font-size: 1.1rem; color: #ffffff; background-color: #0b3d66; }
        header.site nav ul { list-style: none; margin: 0.5rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
        header.site nav a { color: #ffffff; background-color: #0b3d66; text-decoration: underline; text-underline-offset: 0.2em; padding: 0.25rem 0; display: inline-block; }
        header.site nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 0.15em; }
        main { display: block; max-width: 60rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-top: 0.5rem; border-top: 3px solid #0b3d66; }
        h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 1.25rem 0 0.5rem; }
        p, li { max-width: 70ch; }
        a { color: #0b4f8a; background-color: transparent; }
        a:hover { color: #06335c; background-color: transparent; }
        a:focus-visible, .button:focus-visible, [tabindex]:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
        .muted { color: #4a4a4a; background-color: #ffffff; }
        .toc ul { padding-left: 1.25rem; }
        .subscribe { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0; padding: 0; list-style: none; }
        .button { display: inline-block; padding: 0.5rem 0.9rem; border-radius: 0.35rem; color: #ffffff; background-color: #0b4f8a; text-decoration: none; font-weight: 600; }
        .button:hover { color: #ffffff; background-color: #06335c; }
        .button.secondary { color: #0b4f8a; background-color: #ffffff; border: 2px solid #0b4f8a; }
        .badge { display: inline-block; font-size: 0.85rem; padding: 0 0.4rem; border-radius: 0.25rem; color: #5c4300; background-color: #fff3cd; }
        .past { color: #4a4a4a; background-color: #ffffff; }
        .soon { color: #7a1f1f; background-color: #fdecec; padding: 0 0.25rem; }
        .deadlines { padding-left: 1.25rem; }
        .facts { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 1rem; }
        .facts dt { font-weight: 600; }
        .facts dd { margin: 0; }
        .windows { list-style: none; padding: 0; margin: 0; }
        .windows li.window, .requirements li { max-width: none; }
        .window { border: 1px solid #c9d3dd; border-left: 6px solid #0b4f8a; border-radius: 0.35rem; padding: 0.75rem 1rem; margin: 0 0 0.75rem; color: #1b1b1b; background-color: #ffffff; }
        .window .title { font-weight: 700; margin: 0; }
        .window p { margin: 0.35rem 0; }
        .timeline { margin: 0.5rem 0 1rem; padding: 0.5rem; border-radius: 0.35rem; color: #1b1b1b; background-color: #f2f5f8; font-size: 0.85rem; }
        .timeline .scale, .timeline .track { position: relative; height: 1.4rem; }
        .timeline .month { position: absolute; top: 0; height: 100%; border-left: 1px solid #8a99a8; padding-left: 2px; color: #1b1b1b; background-color: #f2f5f8; }
        .timeline .row { margin: 0.35rem 0; }
        .timeline .label { display: block; color: #1b1b1b; background-color: #f2f5f8; }
        .timeline .track { height: 0.9rem; border-radius: 0.2rem; background-color: #dde5ed; }
        .timeline .bar { position: absolute; top: 0; height: 100%; border-radius: 0.2rem; background-color: #0b4f8a; }
        .timeline .bar.estimated { background-image: repeating-linear-gradient(135deg, #0b4f8a 0 6px, #3d7ab3 6px 12px); }
        .table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
        caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
        th, td { border: 1px solid #c9d3dd; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        th { color: #1b1b1b; background-color: #e8eef4; }
        .ok { color: #1d5e20; background-color: #e7f4e8; padding: 0 0.25rem; }
        .warn { color: #7a1f1f; background-color: #fdecec; padding: 0 0.25rem; }
        footer.site { margin-top: 2rem; padding: 1rem; color: #1b1b1b; background-color: #f2f2f2; font-size: 0.9rem; }
        footer.site a { color: #0b4f8a; background-color: #f2f2f2; }
        footer.site p { margin: 0.25rem auto; max-width: 60rem; }
        @media (max-width: 40rem) {
          main { padding: 0.75rem; }
          h1 { font-size: 1.35rem; }
          h2 { font-size: 1.2rem; }
          .button { width: 100%; text-align: center; }
          .subscribe li { width: 100%; }
          table { font-size: 0.85rem; }
          .facts { grid-template-columns: 1fr; }
          .facts dd { margin-bottom: 0.35rem; }
        }
        @media print { .subscribe, .skip, header.site nav { display: none; } }
        """
}
