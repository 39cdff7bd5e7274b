import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ArrayRowLabel as ArrayRowLabel_ed7e0264d87b09871af9e6673a0e1fd8 } from '../../../../src/admin/ArrayRowLabel'
import { WorkflowPanel as WorkflowPanel_d2749c33c85bbb171513ff5bdaa34b30 } from '../../../../src/admin/workflow/WorkflowPanel'
import { StatusCell as StatusCell_133cdf790ca9991f62d87b557fcce746 } from '../../../../src/admin/workflow/StatusCell'
import { HiddenStageField as HiddenStageField_cea9f469a5a683f2481c6f3deba5017a } from '../../../../src/admin/workflow/HiddenStageField'
import { PreviewLinksPanel as PreviewLinksPanel_0bca3ed5772325a130e32f87dbcfa37f } from '../../../../src/admin/preview/PreviewLinksPanel'
import { AwaitingMyReview as AwaitingMyReview_7766db2fd7acd772e09bfb4615720857 } from '../../../../src/admin/workflow/AwaitingMyReview'
import { NoPublishButton as NoPublishButton_bfca9e7579472313b712e0d44094fc18 } from '../../../../src/admin/workflow/NoPublishButton'
import { WorkflowStatus as WorkflowStatus_0afc79a3967798ce91cbbfbb07696be8 } from '../../../../src/admin/workflow/WorkflowStatus'
import { CodeRowLabel as CodeRowLabel_3a8f82107b21b662543e9c649ac7c205 } from '../../../../src/admin/consultation/CodeRowLabel'
import { RevisionsPanel as RevisionsPanel_a51962b167728c46683f86476dd08b34 } from '../../../../src/admin/consultation/RevisionsPanel'
import { RevisionDiffField as RevisionDiffField_8b04c4c17bbc8f945dccc67ac9fb87ad } from '../../../../src/admin/consultation/RevisionDiffField'
import { AuditLogTools as AuditLogTools_8ff578e8eaf1835ea1058c4bc02f3c97 } from '../../../../src/admin/audit/AuditLogTools'
import { ReportLifecyclePanel as ReportLifecyclePanel_50632fa8b9aeecbfe63027b8547bb34f } from '../../../../src/admin/programme/ReportLifecyclePanel'
import { ResendWebhookButton as ResendWebhookButton_7db22ceb4a7e8e936a06c7b3f2e93222 } from '../../../../src/admin/delivery/ResendWebhookButton'
import { DigestPreviewPanel as DigestPreviewPanel_3945760ddb9e246307421a97c08af10a } from '../../../../src/admin/email/DigestPreviewPanel'
import { RunProgressCell as RunProgressCell_ab883e4d390341930508d3d7ccbb1d23 } from '../../../../src/admin/email/RunProgress'
import { RunProgressField as RunProgressField_ab883e4d390341930508d3d7ccbb1d23 } from '../../../../src/admin/email/RunProgress'
import { Icon as Icon_452f04fcd2ed8162ca5fbc6c89f204f1 } from '../../../../src/admin/brand/Icon'
import { Logo as Logo_b231ac8248d52be15270b4d2370a5c12 } from '../../../../src/admin/brand/Logo'
import { ProgrammeNavLink as ProgrammeNavLink_ac0d0d54473dc98af515e21ee5640da5 } from '../../../../src/admin/programme/ProgrammeNavLink'
import { OutboxNavLink as OutboxNavLink_987d407363d37b1a17f7f5a2ef83803a } from '../../../../src/admin/OutboxNavLink'
import { ReviewQueueNavLink as ReviewQueueNavLink_3873ff366dda31e753ae51896bcec7f7 } from '../../../../src/admin/desk/ReviewQueueNavLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { EditorsDeskView as EditorsDeskView_744801c82772c2dff9ef8a5cec9ed52f } from '../../../../src/admin/desk/EditorsDeskView'
import { OutboxView as OutboxView_bb5779b785e4f63071e6f47c71906cc2 } from '../../../../src/admin/OutboxView'
import { ReviewQueueView as ReviewQueueView_ed7bfc84e83f1f5ecb059f3b3a2d8a12 } from '../../../../src/admin/workflow/ReviewQueueView'
import { ProgrammeDashboardView as ProgrammeDashboardView_b851f899704a355cafb9faf9863ad6fe } from '../../../../src/admin/programme/ProgrammeDashboardView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/ArrayRowLabel#ArrayRowLabel": ArrayRowLabel_ed7e0264d87b09871af9e6673a0e1fd8,
  "/src/admin/workflow/WorkflowPanel#WorkflowPanel": WorkflowPanel_d2749c33c85bbb171513ff5bdaa34b30,
  "/src/admin/workflow/StatusCell#StatusCell": StatusCell_133cdf790ca9991f62d87b557fcce746,
  "/src/admin/workflow/HiddenStageField#HiddenStageField": HiddenStageField_cea9f469a5a683f2481c6f3deba5017a,
  "/src/admin/preview/PreviewLinksPanel#PreviewLinksPanel": PreviewLinksPanel_0bca3ed5772325a130e32f87dbcfa37f,
  "/src/admin/workflow/AwaitingMyReview#AwaitingMyReview": AwaitingMyReview_7766db2fd7acd772e09bfb4615720857,
  "/src/admin/workflow/NoPublishButton#NoPublishButton": NoPublishButton_bfca9e7579472313b712e0d44094fc18,
  "/src/admin/workflow/WorkflowStatus#WorkflowStatus": WorkflowStatus_0afc79a3967798ce91cbbfbb07696be8,
  "/src/admin/consultation/CodeRowLabel#CodeRowLabel": CodeRowLabel_3a8f82107b21b662543e9c649ac7c205,
  "/src/admin/consultation/RevisionsPanel#RevisionsPanel": RevisionsPanel_a51962b167728c46683f86476dd08b34,
  "/src/admin/consultation/RevisionDiffField#RevisionDiffField": RevisionDiffField_8b04c4c17bbc8f945dccc67ac9fb87ad,
  "/src/admin/audit/AuditLogTools#AuditLogTools": AuditLogTools_8ff578e8eaf1835ea1058c4bc02f3c97,
  "/src/admin/programme/ReportLifecyclePanel#ReportLifecyclePanel": ReportLifecyclePanel_50632fa8b9aeecbfe63027b8547bb34f,
  "/src/admin/delivery/ResendWebhookButton#ResendWebhookButton": ResendWebhookButton_7db22ceb4a7e8e936a06c7b3f2e93222,
  "/src/admin/email/DigestPreviewPanel#DigestPreviewPanel": DigestPreviewPanel_3945760ddb9e246307421a97c08af10a,
  "/src/admin/email/RunProgress#RunProgressCell": RunProgressCell_ab883e4d390341930508d3d7ccbb1d23,
  "/src/admin/email/RunProgress#RunProgressField": RunProgressField_ab883e4d390341930508d3d7ccbb1d23,
  "/src/admin/brand/Icon#Icon": Icon_452f04fcd2ed8162ca5fbc6c89f204f1,
  "/src/admin/brand/Logo#Logo": Logo_b231ac8248d52be15270b4d2370a5c12,
  "/src/admin/programme/ProgrammeNavLink#ProgrammeNavLink": ProgrammeNavLink_ac0d0d54473dc98af515e21ee5640da5,
  "/src/admin/OutboxNavLink#OutboxNavLink": OutboxNavLink_987d407363d37b1a17f7f5a2ef83803a,
  "/src/admin/desk/ReviewQueueNavLink#ReviewQueueNavLink": ReviewQueueNavLink_3873ff366dda31e753ae51896bcec7f7,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/admin/desk/EditorsDeskView#EditorsDeskView": EditorsDeskView_744801c82772c2dff9ef8a5cec9ed52f,
  "/src/admin/OutboxView#OutboxView": OutboxView_bb5779b785e4f63071e6f47c71906cc2,
  "/src/admin/workflow/ReviewQueueView#ReviewQueueView": ReviewQueueView_ed7bfc84e83f1f5ecb059f3b3a2d8a12,
  "/src/admin/programme/ProgrammeDashboardView#ProgrammeDashboardView": ProgrammeDashboardView_b851f899704a355cafb9faf9863ad6fe,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
