export const stories = {
  title: 'Members’ stories',
  description: 'Stories from healthcare workers in the coalition’s unions.',
  lead: 'What the work is really like, in members’ own words.',
  shareLink: 'Share your story',
  empty: 'No stories published yet. Be the first to share yours.',

  // /stories/new
  shareTitle: 'Share your story',
  signInFirstLead: 'Stories come from members, so we ask you to sign in first.',
  /** "[Sign in] or [sign up] to share your story." */
  signInLink: 'Sign in',
  signInOr: ' or ',
  signUpLink: 'sign up',
  signInToShare: ' to share your story.',
  formLead: 'A few sentences, a photo or a 60-second video about your work. Our team reads every story before it is published.',

  // The form. The reminder is a legal and ethical duty (patient privacy): every translation keeps all of it.
  privacyReminder: 'Please leave out patient names and anything that could identify a patient: no names, dates of birth, record numbers or faces.',
  titleLabel: 'Title (optional)',
  textLabel: 'Your story',
  textHint: (max: string) => `Up to ${max} characters. Or add a photo or a short video below.`,
  fileLabel: 'Photo or video (optional)',
  fileHint: 'JPEG, PNG or WebP up to 10 MB; MP4, WebM or MOV up to 50 MB.',
  regionLabel: 'Region',
  localLabel: 'Local union (optional)',
  campaignLabel: 'Campaign (optional)',
  campaignNone: 'None',
  consentLabel: 'The coalition may publish my story (after review).',
  anonymousLabel: 'Publish it without my name.',
  sending: 'Sending…',
  submit: 'Share my story',

  // The list
  untitled: 'A member’s story',
  anonymousByline: 'A member',
  photoAlt: (title: string) => `Photo for “${title}”`,
  photoAltUntitled: 'Photo shared with the story',

  // What the server answers (POST /api/stories/submit)
  received: 'Thank you! Your story is with our team; we will let you know when it is published.',
  errorTitleTooLong: 'Keep the title under 120 characters',
  errorTextTooLong: 'Keep your story under 5,000 characters',
  errorConsent: 'Tick this box so we may publish your story',
  errorTextOrFile: 'Write your story or add a photo or video',
  errorTextOrFileForm: 'Write your story or add a photo or video.',
  errorFileType: 'Upload a photo (JPEG, PNG or WebP) or a video (MP4, WebM or MOV).',
  errorPhotoTooLarge: 'That file is too large: photos up to 10 MB.',
  errorVideoTooLarge: 'That file is too large: videos up to 50 MB.',
  errorUnreadablePhoto: 'We could not read that photo. Save it again as JPEG, PNG or WebP and try once more.',
}
