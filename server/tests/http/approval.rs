//! The head of an agency approves the drafted answer where the SOP says so (Trenggalek rows 6–7):
//! the draft waits for the head, who returns it for revision or approves it, before the main desk
//! validates it and the reporter reads it; where the SOP has no approval the portal passes it on.

use crate::file_complaint::{complete_form, receipt_code};
use crate::helpers::{Officer, TestApp, browser, get, post};
use app::services::scheduler::run_once;

const FIRST_DRAFT: &str = "Konsep: lampu akan diganti setelah anggaran tersedia.";
const HEADS_REASON: &str = "Sebutkan tanggal penggantian dan nomor tiang lampunya.";
const APPROVED: &str = "Lampu pada tiang nomor 14 diganti pada Senin, 9 November 2026.";

async fn signed_in(app: &TestApp, officer: &Officer) -> reqwest::Client {
    let client = browser();
    assert_eq!(app.log_in(&client, officer).await, "/petugas");
    client
}

async fn act(app: &TestApp, client: &reqwest::Client, code: &str, fields: &[(&str, &str)]) -> u16 {
    let path = format!("/petugas/aduan/{code}/tindakan");
    post(app, client, &path, fields).await.0
}

async fn status_of(app: &TestApp, code: &str) -> String {
    sqlx::query_scalar("SELECT status FROM complaints WHERE tracking_code = $1")
        .bind(code)
        .fetch_one(&app.database().await)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_head_returns_a_draft_then_approves_the_next_and_the_reporter_reads_only_that_one() {
    let app = TestApp::spawn().await;
    app.state.sop.set(app::domain::sop::trenggalek());
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let liaison = signed_in(
        &app,
        &app.officer("penghubung", "liaison", Some("dishub")).await,
    )
    .await;
    let head = signed_in(
        &app,
        &app.officer("kepala", "agency_head", Some("dishub")).await,
    )
    .await;
    let other_head = signed_in(
        &app,
        &app.officer("kepala-dlh", "agency_head", Some("dlh")).await,
    )
    .await;
    let desk = app.main_desk().await;
    let accept = [("aksi", "accept_dispatch"), ("status", "dispatched")];
    assert_eq!(act(&app, &liaison, &code, &accept).await, 303);

    // The liaison's draft waits for the head, not the main desk.
    let draft = [
        ("aksi", "propose_resolution"),
        ("status", "in_progress"),
        ("answer", FIRST_DRAFT),
    ];
    assert_eq!(act(&app, &liaison, &code, &draft).await, 303);
    assert_eq!(status_of(&app, &code).await, "awaiting_approval");
    let approve = [("aksi", "approve"), ("status", "awaiting_approval")];
    assert_eq!(
        act(&app, &liaison, &code, &approve).await,
        409,
        "the liaison does not approve its own draft"
    );
    assert_eq!(act(&app, &desk, &code, &approve).await, 409);
    assert_eq!(
        act(&app, &other_head, &code, &approve).await,
        404,
        "another agency's head does not see it"
    );
    assert_eq!(status_of(&app, &code).await, "awaiting_approval");

    // The head sees it waiting, reads the draft beside the buttons, and returns it.
    let (_, queue) = get(&app, &head, "/petugas").await;
    let row = queue
        .split(r#"data-testid="queue-row""#)
        .find(|row| row.contains(&code))
        .expect("the head's queue lists the draft");
    assert!(row.contains("Menunggu Anda"), "{row}");
    assert!(row.contains("Menunggu Persetujuan Kepala OPD"), "{row}");
    let (_, page) = get(&app, &head, &format!("/petugas/aduan/{code}")).await;
    let read_first = page
        .split(r#"data-testid="read-first""#)
        .nth(1)
        .expect("the draft to read first");
    assert!(read_first.contains(FIRST_DRAFT), "{read_first}");
    assert!(page.contains(r#"data-action="approve""#), "{page}");
    assert!(page.contains(r#"data-action="return_draft""#), "{page}");
    let return_draft = [
        ("aksi", "return_draft"),
        ("status", "awaiting_approval"),
        ("reason", HEADS_REASON),
    ];
    assert_eq!(act(&app, &head, &code, &return_draft).await, 303);
    assert_eq!(status_of(&app, &code).await, "in_progress");
    let (_, liaisons_page) = get(&app, &liaison, &format!("/petugas/aduan/{code}")).await;
    assert!(
        liaisons_page.contains(HEADS_REASON),
        "the liaison reads why"
    );

    // The second draft is approved, validated, and reaches the reporter alone.
    let second = [
        ("aksi", "propose_resolution"),
        ("status", "in_progress"),
        ("answer", APPROVED),
    ];
    assert_eq!(act(&app, &liaison, &code, &second).await, 303);
    assert_eq!(act(&app, &head, &code, &approve).await, 303);
    assert_eq!(status_of(&app, &code).await, "resolution_proposed");
    let validate = [("aksi", "validate"), ("status", "resolution_proposed")];
    assert_eq!(act(&app, &desk, &code, &validate).await, 303);
    assert_eq!(status_of(&app, &code).await, "awaiting_reporter");
    let (_, tracking) = app.get(&format!("/lacak/{code}")).await;
    assert!(tracking.contains(APPROVED), "{tracking}");
    assert!(!tracking.contains(FIRST_DRAFT), "{tracking}");
    assert!(!tracking.contains(HEADS_REASON), "{tracking}");
    assert!(
        tracking.contains("Sahkan jawaban"),
        "the head's approval shows as a step: {tracking}"
    );
}

#[tokio::test]
async fn a_draft_waiting_too_long_reminds_the_head_and_nobody_else() {
    use app::domain::status::{Action, AnswerText, Role, Status};
    let app = TestApp::spawn().await;
    app.state.sop.set(app::domain::sop::trenggalek());
    app.officer("meja", "main_desk", None).await;
    app.officer("penghubung", "liaison", Some("dishub")).await;
    app.officer("kepala", "agency_head", Some("dishub")).await;
    app.officer("kepala-dlh", "agency_head", Some("dlh")).await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    let now = chrono::Utc::now();
    app.verify_and_dispatch(&code, now).await;
    app.act_as(&code, &Action::AcceptDispatch, Role::Liaison, now)
        .await;
    let draft = Action::ProposeResolution {
        answer: AnswerText::parse(APPROVED).unwrap(),
    };
    app.act_as(&code, &draft, Role::Liaison, now).await;
    let db = app.database().await;
    sqlx::query("DELETE FROM outbox")
        .execute(&db)
        .await
        .unwrap();

    let since = now.with_timezone(&app.state.utc_offset);
    let (_, deadline) = app
        .state
        .sop
        .get()
        .due_soon(Status::AwaitingApproval, since)
        .expect("rows 6–7 time the approval");
    let after = deadline.with_timezone(&chrono::Utc) + chrono::Duration::minutes(1);
    let round = run_once(&app.state, after).await.unwrap();
    assert_eq!(round.officer_reminders, 1);
    let sent: Vec<String> =
        sqlx::query_scalar("SELECT recipient FROM outbox WHERE transport = 'email' ORDER BY id")
            .fetch_all(&db)
            .await
            .unwrap();
    assert_eq!(sent, ["kepala@pemda.go.id"]);
}

#[tokio::test]
async fn where_the_sop_has_no_approval_the_draft_goes_to_the_main_desk_and_the_reporter_never_sees_the_pass()
 {
    let app = TestApp::spawn().await;
    let code = receipt_code(&app.post_form("/lapor", complete_form()).await);
    app.verify_and_dispatch(&code, chrono::Utc::now()).await;
    let admin = signed_in(
        &app,
        &app.officer("admin-opd", "agency_admin", Some("dishub"))
            .await,
    )
    .await;
    let accept = [("aksi", "accept_dispatch"), ("status", "dispatched")];
    assert_eq!(act(&app, &admin, &code, &accept).await, 303);
    let draft = [
        ("aksi", "propose_resolution"),
        ("status", "in_progress"),
        ("answer", APPROVED),
    ];
    assert_eq!(act(&app, &admin, &code, &draft).await, 303);
    assert_eq!(status_of(&app, &code).await, "resolution_proposed");
    let desk = app.main_desk().await;
    let validate = [("aksi", "validate"), ("status", "resolution_proposed")];
    assert_eq!(act(&app, &desk, &code, &validate).await, 303);
    let (_, tracking) = app.get(&format!("/lacak/{code}")).await;
    assert!(tracking.contains(APPROVED), "{tracking}");
    assert!(!tracking.contains("Sahkan jawaban"), "{tracking}");
}
