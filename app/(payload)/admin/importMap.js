import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
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
import { AlertPanel as AlertPanel_7df0d17688dc1f6109041491093f914b } from '@/components/admin/AlertPanel'
import { ReviewPanel as ReviewPanel_9d69589b8aa2be06f0500793d08eecde } from '@/components/admin/review/ReviewPanel'
import { PublishOrSubmit as PublishOrSubmit_74fca99f394ae60a8bb284da01d210d3 } from '@/components/admin/review/PublishOrSubmit'
import { SignaturesExport as SignaturesExport_9c013154bd4db7370b5f1517f9064f48 } from '@/components/admin/SignaturesExport'
import { UsageSummary as UsageSummary_3eaea9e6e531e6f2eac1e195099add7d } from '@/collections/Media/UsageSummary'
import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { ActivityDocumentCell as ActivityDocumentCell_09c918666b95de26041414a0fd9d394d } from '@/components/admin/ActivityDocumentCell'
import { LinkToDoc as LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { ReindexButton as ReindexButton_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { PortalIcon as PortalIcon_5d63a42a87919357a19a194b5b97b42f } from '@/components/admin/brand/PortalBrand'
import { PortalLogo as PortalLogo_5d63a42a87919357a19a194b5b97b42f } from '@/components/admin/brand/PortalBrand'
import { ReviewNavLink as ReviewNavLink_7a1aa6849bafd7ef5973c9b3bb2ae88d } from '@/components/admin/review/ReviewNavLink'
import { CalendarNavLink as CalendarNavLink_f02ddd2ae0222611f21342f98ffc9fbf } from '@/components/admin/calendar/CalendarNavLink'
import { NavBrand as NavBrand_5d63a42a87919357a19a194b5b97b42f } from '@/components/admin/brand/PortalBrand'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ReviewQueueView as ReviewQueueView_40659dc0daf57ed7cf7299d6bd78ee0c } from '@/components/admin/review/ReviewQueueView'
import { CalendarView as CalendarView_4564d63fa4e979d274cad7bbda8d2185 } from '@/components/admin/calendar/CalendarView'
import { DraftsWidget as DraftsWidget_61bc3b22368bd304cbf20b28c303f187 } from '@/components/admin/dashboard/DraftsWidget'
import { ScheduledWidget as ScheduledWidget_6ebb5ed18d2231325804f6198a3fe186 } from '@/components/admin/dashboard/ScheduledWidget'
import { MyReviewsWidget as MyReviewsWidget_ebcd6bdff66bc3d971f6eab58c563607 } from '@/components/admin/dashboard/MyReviewsWidget'
import { ReviewQueueWidget as ReviewQueueWidget_f9e11a458dfc1c4b85bb5dbfcd1ea57f } from '@/components/admin/dashboard/ReviewQueueWidget'
import { FailedSchedulesWidget as FailedSchedulesWidget_f053db138480e5f84cc3abb311955e25 } from '@/components/admin/dashboard/FailedSchedulesWidget'
import { WeekWidget as WeekWidget_9ce009e930f94dbd49f108b2e24f5d80 } from '@/components/admin/dashboard/WeekWidget'
import { StaffChangesWidget as StaffChangesWidget_dba95b86abdf560fa5514efdf82aac2a } from '@/components/admin/dashboard/StaffChangesWidget'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
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
  "@/components/admin/AlertPanel#AlertPanel": AlertPanel_7df0d17688dc1f6109041491093f914b,
  "@/components/admin/review/ReviewPanel#ReviewPanel": ReviewPanel_9d69589b8aa2be06f0500793d08eecde,
  "@/components/admin/review/PublishOrSubmit#PublishOrSubmit": PublishOrSubmit_74fca99f394ae60a8bb284da01d210d3,
  "@/components/admin/SignaturesExport#SignaturesExport": SignaturesExport_9c013154bd4db7370b5f1517f9064f48,
  "@/collections/Media/UsageSummary#UsageSummary": UsageSummary_3eaea9e6e531e6f2eac1e195099add7d,
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "@/components/admin/ActivityDocumentCell#ActivityDocumentCell": ActivityDocumentCell_09c918666b95de26041414a0fd9d394d,
  "@payloadcms/plugin-search/client#LinkToDoc": LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634,
  "@payloadcms/plugin-search/client#ReindexButton": ReindexButton_aead06e4cbf6b2620c5c51c9ab283634,
  "@/components/admin/brand/PortalBrand#PortalIcon": PortalIcon_5d63a42a87919357a19a194b5b97b42f,
  "@/components/admin/brand/PortalBrand#PortalLogo": PortalLogo_5d63a42a87919357a19a194b5b97b42f,
  "@/components/admin/review/ReviewNavLink#ReviewNavLink": ReviewNavLink_7a1aa6849bafd7ef5973c9b3bb2ae88d,
  "@/components/admin/calendar/CalendarNavLink#CalendarNavLink": CalendarNavLink_f02ddd2ae0222611f21342f98ffc9fbf,
  "@/components/admin/brand/PortalBrand#NavBrand": NavBrand_5d63a42a87919357a19a194b5b97b42f,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/components/admin/review/ReviewQueueView#ReviewQueueView": ReviewQueueView_40659dc0daf57ed7cf7299d6bd78ee0c,
  "@/components/admin/calendar/CalendarView#CalendarView": CalendarView_4564d63fa4e979d274cad7bbda8d2185,
  "@/components/admin/dashboard/DraftsWidget#DraftsWidget": DraftsWidget_61bc3b22368bd304cbf20b28c303f187,
  "@/components/admin/dashboard/ScheduledWidget#ScheduledWidget": ScheduledWidget_6ebb5ed18d2231325804f6198a3fe186,
  "@/components/admin/dashboard/MyReviewsWidget#MyReviewsWidget": MyReviewsWidget_ebcd6bdff66bc3d971f6eab58c563607,
  "@/components/admin/dashboard/ReviewQueueWidget#ReviewQueueWidget": ReviewQueueWidget_f9e11a458dfc1c4b85bb5dbfcd1ea57f,
  "@/components/admin/dashboard/FailedSchedulesWidget#FailedSchedulesWidget": FailedSchedulesWidget_f053db138480e5f84cc3abb311955e25,
  "@/components/admin/dashboard/WeekWidget#WeekWidget": WeekWidget_9ce009e930f94dbd49f108b2e24f5d80,
  "@/components/admin/dashboard/StaffChangesWidget#StaffChangesWidget": StaffChangesWidget_dba95b86abdf560fa5514efdf82aac2a,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
