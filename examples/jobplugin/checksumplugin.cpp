#include "checksumplugin.h"

#include "checksumjob.h"

namespace QronosExamples {

QList<Qronos::JobTypeInfo> ChecksumPlugin::jobTypes() const
{
    return {ChecksumJob::typeInfo()};
}

} // namespace QronosExamples
